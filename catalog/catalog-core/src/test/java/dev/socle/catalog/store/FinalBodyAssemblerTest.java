package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class FinalBodyAssemblerTest {

    private static final UUID UID = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final ObjectNode PROCESSED = JsonText.parseObject(
            "{\"apiVersion\":\"v1\",\"kind\":\"Component\",\"metadata\":{\"name\":\"a\",\"namespace\":\"default\"},"
                    + "\"spec\":{}}");

    @Test
    void addsUidAnnotationsSortedDistinctRelationsAndAnEtagOfTheRest() {
        FinalBody body = FinalBodyAssembler.assemble(
                UID,
                PROCESSED,
                "url:https://x",
                "url:https://x",
                true,
                List.of(
                        new StoredRelation("ownedBy", "group:default/b"),
                                new StoredRelation("dependsOn", "component:default/z"),
                        new StoredRelation("ownedBy", "group:default/B"),
                                new StoredRelation("ownedBy", "group:default/a")));

        assertThat(body.tree().path("metadata").path("uid").asString()).isEqualTo(UID.toString());
        assertThat(body.tree()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/orphan")
                        .asString())
                .isEqualTo("true");
        assertThat(body.tree().path("relations").toString())
                .isEqualTo("[{\"type\":\"dependsOn\",\"targetRef\":"
                        + "\"component:default/z\"},{\"type\":\"ownedBy\",\"targetRef\":\"group:default/a\"},"
                        + "{\"type\":\"ownedBy\",\"targetRef\":\"group:default/B\"}]");
        assertThat(body.tree().path("metadata").path("etag").asString()).isEqualTo(body.etag());
        assertThat(JsonText.parse(body.json())).isEqualTo(body.tree());
        assertThat(PROCESSED.path("metadata").has("uid")).isFalse();
    }

    @Test
    void theEtagDependsOnTheBodyOnlyNotOnRelationOrder() {
        StoredRelation a = new StoredRelation("ownedBy", "group:default/a");
        StoredRelation b = new StoredRelation("partOf", "system:default/b");

        String etag = FinalBodyAssembler.assemble(UID, PROCESSED, "url:x", "url:x", false, List.of(a, b))
                .etag();

        assertThat(FinalBodyAssembler.assemble(UID, PROCESSED, "url:x", "url:x", false, List.of(b, a))
                        .etag())
                .isEqualTo(etag);
        assertThat(FinalBodyAssembler.assemble(UID, PROCESSED, "url:x", "url:x", false, List.of(a))
                        .etag())
                .isNotEqualTo(etag);
        assertThat(FinalBodyAssembler.assemble(UID, PROCESSED, "url:y", "url:y", false, List.of(a, b))
                        .etag())
                .isNotEqualTo(etag);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"apiVersion\":\"v1\",\"kind\":\"Component\",\"metadata\":{\"name\":\"a\"},\"spec\":{}}",
                "{\"kind\":\"Component\",\"metadata\":{\"annotations\":{\"x\":\"1\"},\"name\":\"a\"},\"spec\":{}}",
                "{\"kind\":\"Component\",\"metadata\":{\"annotations\":{\"backstage.io/managed-by-location\":\"url:own\","
                        + "\"y\":\"2\"},\"name\":\"a\",\"tags\":[\"t\"]},\"spec\":{\"type\":\"service\"}}",
                "{\"kind\":\"Component\",\"metadata\":{\"name\":\"a\",\"uid\":\"stale\",\"etag\":\"stale\"}}"
            })
    void aServedBodyAssembledAgainWithTheSameRelationsIsTheSameBody(String processed) {
        List<StoredRelation> relations = List.of(
                new StoredRelation("ownedBy", "group:default/b"),
                new StoredRelation("dependsOn", "component:default/z"));
        for (boolean orphan : new boolean[] {false, true}) {
            FinalBody served = FinalBodyAssembler.assemble(
                    UID, JsonText.parseObject(processed), "url:x", "url:y", orphan, relations);

            FinalBody again = FinalBodyAssembler.assemble(
                    UID,
                    JsonText.parseObject(served.json()),
                    "url:x",
                    "url:y",
                    orphan,
                    List.of(relations.get(1), relations.get(0)));

            assertThat(again.json()).isEqualTo(served.json());
            assertThat(again.etag()).isEqualTo(served.etag());
            assertThat(FinalBodyAssembler.assemble(
                                    UID,
                                    JsonText.parseObject(served.json()),
                                    "url:x",
                                    "url:y",
                                    true,
                                    relations.subList(0, 1))
                            .etag())
                    .isNotEqualTo(served.etag());
        }
    }
}
