package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationRowTest {

    private static final EntityRef PAYMENTS = EntityRef.parse("component:default/Payments");
    private static final EntityRef TEAM = EntityRef.parse("group:default/Team-A");

    @Test
    void aRelationAndItsInverseBecomeOneRowFromTheEmitter() {
        List<RelationRow> rows = RelationRow.of(
                PAYMENTS, List.of(new Relation(PAYMENTS, "ownedBy", TEAM), new Relation(TEAM, "ownerOf", PAYMENTS)));

        assertThat(rows)
                .containsExactly(new RelationRow(
                        "component:default/payments",
                        "component:default/Payments",
                        "ownedBy",
                        "ownerOf",
                        "group:default/team-a",
                        "group:default/Team-A",
                        "component:default/payments"));
    }

    @Test
    void theInverseListedFirstStillGivesTheRowFromTheEmitter() {
        List<RelationRow> rows = RelationRow.of(
                TEAM, List.of(new Relation(PAYMENTS, "hasPart", TEAM), new Relation(TEAM, "partOf", PAYMENTS)));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.source()).isEqualTo("group:default/Team-A");
            assertThat(row.type()).isEqualTo("partOf");
            assertThat(row.inverseType()).isEqualTo("hasPart");
            assertThat(row.emittedByRef()).isEqualTo("group:default/team-a");
        });
    }

    @Test
    void aRelationWithoutItsInverseShowsOnItsSourceOnly() {
        List<RelationRow> rows = RelationRow.of(
                PAYMENTS, List.of(new Relation(TEAM, "reviews", PAYMENTS), new Relation(PAYMENTS, "ownedBy", TEAM)));

        assertThat(rows)
                .containsExactly(
                        new RelationRow(
                                "group:default/team-a",
                                "group:default/Team-A",
                                "reviews",
                                null,
                                "component:default/payments",
                                "component:default/Payments",
                                "component:default/payments"),
                        new RelationRow(
                                "component:default/payments",
                                "component:default/Payments",
                                "ownedBy",
                                null,
                                "group:default/team-a",
                                "group:default/Team-A",
                                "component:default/payments"));
    }
}
