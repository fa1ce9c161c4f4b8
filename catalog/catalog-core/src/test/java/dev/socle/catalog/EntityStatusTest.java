package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.EntityWithProblems;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.catalog.store.EntityProblem;
import dev.socle.catalog.store.EntityProblem.Kind;
import dev.socle.catalog.store.JsonText;
import dev.socle.catalog.store.ProblemRow;
import dev.socle.catalog.store.ProblemRows;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EntityStatusTest {

    static final UUID LOCATION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void anEntityWithoutProblemsHasNoStatus() {
        assertThat(EntityStatus.of(found(false)).has("status")).isFalse();
    }

    @Test
    void itemsHaveBackstagesShapeWithWhereItHappenedInsideTheError() {
        ObjectNode served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        Kind.ERROR,
                        LOCATION,
                        "url:https://x/y",
                        "a.yaml",
                        4,
                        3,
                        "Entity component:default/payments is defined twice.",
                        null,
                        "c1")));

        assertThat(served.path("status").toString())
                .isEqualTo(
                        "{\"items\":[{\"type\":"
                                + "\"backstage.io/catalog-processing\",\"level\":\"error\",\"message\":\"InputError: a.yaml:4:3:"
                                + " Entity component:default/payments is defined twice. (read at commit c1 from location"
                                + " url:https://x/y)\",\"error\":{\"name\":\"InputError\",\"message\":\"a.yaml:4:3: Entity"
                                + " component:default/payments is defined twice. (read at commit c1 from location url:https://x/y)\","
                                + "\"file\":\"a.yaml\",\"line\":4,\"column\":3,\"commit\":\"c1\",\"location\":\"url:https://x/y\"}}]}");
    }

    @Test
    void anOrphanRowIsIgnoredOnceTheEntityIsNoOrphanAnyMore() {
        ObjectNode served = EntityStatus.of(found(
                false,
                new EntityProblem(
                        Kind.ORPHAN,
                        LOCATION,
                        "url:https://x/y",
                        "a.yaml",
                        0,
                        0,
                        "Location url:https://x/y no longer emits this entity.",
                        null,
                        "c1")));

        assertThat(served.has("status")).isFalse();
    }

    @Test
    void anOrphanWithoutARecordedPlaceStillSaysWhatToDo() {
        ObjectNode served = EntityStatus.of(found(true));

        assertThat(served.path("status").path("items").get(0).path("message").asString())
                .isEqualTo("NotFoundError:"
                        + " This entity is an orphan: its location url:https://x/y no longer emits it. Restore it in the"
                        + " source, or delete it with DELETE /api/catalog/entities/by-uid/" + LOCATION + ".");
    }

    @Test
    void aLocationSummaryLeavesOrphansOut() {
        ProblemRow orphan = new ProblemRow("a.yaml", 0, 0, "gone", ProblemRow.ORPHAN, "component:default/a", "c1");
        ProblemRow error = new ProblemRow("b.yaml", 2, 1, "broken", ProblemRow.ERROR, null, "c2");

        assertThat(ProblemRows.summary(List.of(orphan))).isNull();
        assertThat(ProblemRows.summary(List.of(orphan, error))).isEqualTo("broken");
        assertThat(ProblemRows.summary(List.of(error, error))).isEqualTo("2 problems; first: broken");
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
