package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.EntityStatusItem.Level;
import dev.socle.catalog.EntityStatusItem.Position;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.EntityProblem;
import dev.socle.catalog.query.EntityProblem.Recorded;
import dev.socle.catalog.query.EntityWithProblems;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.catalog.store.JsonText;
import dev.socle.catalog.store.ProblemRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EntityStatusTest {

    static final UUID LOCATION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void anEntityWithoutProblemsHasNoStatus() {
        assertThat(EntityStatus.of(found(false)).status()).isEmpty();
    }

    @Test
    void anItemSaysWhatHappenedAndKeepsWhereItHappenedApart() {
        ServedEntity served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        ProblemKind.ERROR,
                        Recorded.BY_ITS_LOCATION,
                        LOCATION,
                        "url:https://x/y",
                        "a.yaml",
                        4,
                        3,
                        "Entity component:default/payments is defined twice.",
                        null,
                        "c1")));

        assertThat(served.status())
                .containsExactly(new EntityStatusItem(
                        ProblemKind.ERROR,
                        Level.ERROR,
                        "InputError",
                        "a.yaml:4:3: Entity component:default/payments is defined twice. (read at commit c1 from"
                                + " location url:https://x/y)",
                        "a.yaml",
                        new Position(4, 3),
                        "c1",
                        "url:https://x/y",
                        null));
    }

    @Test
    void aProblemWithoutAPlaceInItsFileHasNoPosition() {
        ServedEntity served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        ProblemKind.ERROR,
                        Recorded.BY_ITS_LOCATION,
                        LOCATION,
                        "url:https://x/y",
                        "a.yaml",
                        0,
                        0,
                        "The file is too large.",
                        null,
                        null)));

        assertThat(served.status().getFirst().position()).isNull();
        assertThat(served.status().getFirst().message())
                .isEqualTo("a.yaml: The file is too large. (read from location url:https://x/y)");
    }

    @Test
    void aConflictRecordedByAnotherLocationIsOnlyAWarning() {
        ServedEntity served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        ProblemKind.CONFLICT,
                        Recorded.BY_ANOTHER_LOCATION,
                        UUID.randomUUID(),
                        "url:https://x/other",
                        "b.yaml",
                        2,
                        1,
                        "Already provided.",
                        null,
                        "c9")));

        assertThat(served.status()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(item.level()).isEqualTo(Level.WARNING);
            assertThat(item.errorName()).isEqualTo("ConflictError");
            assertThat(item.location()).isEqualTo("url:https://x/other");
        });
    }

    @Test
    void anOrphanRowIsIgnoredOnceTheEntityIsNoOrphanAnyMore() {
        ServedEntity served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        ProblemKind.ORPHAN,
                        Recorded.BY_ITS_LOCATION,
                        LOCATION,
                        "url:https://x/y",
                        "a.yaml",
                        0,
                        0,
                        "Location url:https://x/y no longer emits this entity.",
                        null,
                        "c1")));

        assertThat(served.status()).isEmpty();
    }

    @Test
    void anOrphanWithoutARecordedPlaceStillSaysWhatToDo() {
        ServedEntity served = EntityStatus.of(found(true));

        assertThat(served.status())
                .containsExactly(new EntityStatusItem(
                        ProblemKind.ORPHAN,
                        Level.ERROR,
                        "NotFoundError",
                        "This entity is an orphan: its location url:https://x/y no longer emits it. Restore it in the"
                                + " source, or delete it with DELETE /api/catalog/entities/by-uid/" + LOCATION + ".",
                        null,
                        null,
                        null,
                        "url:https://x/y",
                        null));
    }

    @Test
    void aLocationSummaryLeavesOrphansOut() {
        ProblemRow orphan = new ProblemRow("a.yaml", 0, 0, "gone", ProblemKind.ORPHAN, "component:default/a", "c1");
        ProblemRow error = new ProblemRow("b.yaml", 2, 1, "broken", ProblemKind.ERROR, null, "c2");

        assertThat(ProblemRow.summary(List.of(orphan))).isNull();
        assertThat(ProblemRow.summary(List.of(orphan, error))).isEqualTo("broken");
        assertThat(ProblemRow.summary(List.of(error, error))).isEqualTo("2 problems; first: broken");
    }

    @Test
    void aLocationSummaryLeavesWarningsOutSoThatALocationWithWarningsOnlyIsOk() {
        ProblemRow warning = new ProblemRow("a.yaml", 3, 1, "look", ProblemKind.WARNING, "component:default/a", "c1");
        ProblemRow error = new ProblemRow("b.yaml", 2, 1, "broken", ProblemKind.ERROR, null, "c2");

        assertThat(ProblemRow.summary(List.of(warning, warning))).isNull();
        assertThat(ProblemRow.summary(List.of(warning, error))).isEqualTo("broken");
        assertThat(ProblemKind.WARNING.isError()).isFalse();
        assertThat(ProblemKind.ORPHAN.isError()).isFalse();
        assertThat(ProblemKind.CONFLICT.isError()).isTrue();
        assertThat(ProblemKind.WARNING.level()).isEqualTo(Level.WARNING);
        assertThat(ProblemKind.KEPT.level()).isEqualTo(Level.ERROR);
    }

    @Test
    void aWarningIsAnItemOfLevelWarningOnItsEntityAndOnItsLocationsEntity() {
        EntityProblem onTheEntity = new EntityProblem(
                ProblemKind.WARNING,
                Recorded.BY_ITS_LOCATION,
                LOCATION,
                "url:https://x/y",
                "a.yaml",
                11,
                9,
                "Entity component:default/payments is defined twice in this file.",
                null,
                "c1");
        EntityProblem onTheLocation = new EntityProblem(
                ProblemKind.WARNING,
                Recorded.FOR_THE_LOCATION,
                LOCATION,
                "url:https://x/y",
                "a.yaml",
                11,
                9,
                "Entity component:default/payments is defined twice in this file.",
                "component:default/payments",
                "c1");

        assertThat(EntityStatus.of(found(false, onTheEntity)).status())
                .containsExactly(new EntityStatusItem(
                        ProblemKind.WARNING,
                        Level.WARNING,
                        "Warning",
                        "a.yaml:11:9: Entity component:default/payments is defined twice in this file. (read at"
                                + " commit c1 from location url:https://x/y; the entity was stored as read)",
                        "a.yaml",
                        new Position(11, 9),
                        "c1",
                        "url:https://x/y",
                        null));
        assertThat(EntityStatus.of(found(false, onTheLocation)).status())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.level()).isEqualTo(Level.WARNING);
                    assertThat(item.entityRef()).isEqualTo("component:default/payments");
                    assertThat(item.message())
                            .isEqualTo("a.yaml:11:9: Entity component:default/payments is defined twice in this"
                                    + " file. (commit c1)");
                });
    }

    @Test
    void everyStoredProblemKindReadsBackAsItselfAndAnUnknownOneIsRefused() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(ProblemKind.of(kind.value())).isEqualTo(kind);
        }
        assertThat(ProblemKind.of("kept")).isEqualTo(ProblemKind.KEPT);
        assertThatThrownBy(() -> ProblemKind.of("fatal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fatal'")
                .hasMessageContaining("error, warning, conflict, kept, orphan");
    }

    private static EntityWithProblems found(boolean orphan, EntityProblem... problems) {
        ObjectNode body = JsonText.parseObject("{\"apiVersion\":\"backstage.io/v1alpha1\",\"kind\":\"Component\","
                + "\"metadata\":{\"name\":\"payments\",\"uid\":\"" + LOCATION + "\",\"annotations\":{"
                + "\"backstage.io/managed-by-location\":\"url:https://x/y\""
                + (orphan ? ",\"backstage.io/orphan\":" + "\"true\"" : "") + "}},\"spec\":{}}");
        return new EntityWithProblems(
                new StoredEntity(LOCATION.toString(), EntityRef.parse("component:payments"), "etag", body),
                List.of(problems));
    }
}
