package dev.socle.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.store.JsonText;
import org.junit.jupiter.api.Test;

class EntityProblemReadsTest {

    @Test
    void theGeneratedLocationEntityIsTheOneWhoseSpecNamesTheLocationThatManagesIt() {
        assertThat(EntityProblemReads.isGeneratedLocationEntity(entity(
                        "Location",
                        "generated-ab12",
                        "url",
                        "https://git.example.com/x",
                        "url:https://git.example.com/x")))
                .isTrue();
        assertThat(EntityProblemReads.isGeneratedLocationEntity(entity(
                        "Location", "generated-ab12", "url", "./services.yaml", "url:https://git.example.com/x")))
                .as("a Location entity read from a file")
                .isFalse();
        assertThat(EntityProblemReads.isGeneratedLocationEntity(
                        entity("Location", "org", "url", "https://git.example.com/x", "url:https://git.example.com/x")))
                .isFalse();
        assertThat(EntityProblemReads.isGeneratedLocationEntity(entity(
                        "Component",
                        "generated-ab12",
                        "url",
                        "https://git.example.com/x",
                        "url:https://git.example.com/x")))
                .isFalse();
    }

    private static StoredEntity entity(String kind, String name, String type, String target, String managedBy) {
        return StoredEntityMapper.fromBody(JsonText.parseObject("{\"apiVersion\":\"backstage.io/v1alpha1\",\"kind\":\""
                + kind + "\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"default\",\"annotations\":{"
                + "\"backstage.io/managed-by-location\":\"" + managedBy + "\"}},\"spec\":{\"type\":\"" + type
                + "\",\"target\":\"" + target + "\"}}"));
    }
}
