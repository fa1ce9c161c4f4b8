package dev.socle.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EntityTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode componentJson() {
        return (ObjectNode) json.readTree("""
                {"apiVersion": "backstage.io/v1alpha1", "kind": "Component",
                 "metadata": {"name": "checkout", "namespace": "shop", "title": "Checkout",
                   "labels": {"tier": "gold"}, "annotations": {"backstage.io/techdocs-ref": "dir:."},
                   "tags": ["java"], "links": [{"url": "https://grafana.example/d/1", "title": "Dashboard"}]},
                 "spec": {"type": "service", "lifecycle": "production", "owner": "team-a"}}
                """);
    }

    @Test
    void readsBackstageJsonIntoValues() {
        Entity entity = Entity.fromJson(componentJson());
        assertThat(entity.ref()).isEqualTo(new EntityRef("Component", "shop", "checkout"));
        assertThat(entity.metadata().labels()).containsEntry("tier", "gold");
        assertThat(entity.metadata().annotation("backstage.io/techdocs-ref")).contains("dir:.");
        assertThat(entity.metadata().links())
                .containsExactly(new EntityLink("https://grafana.example/d/1", "Dashboard", null, null));
        assertThat(entity.spec().get("owner").asString()).isEqualTo("team-a");
    }

    @Test
    void namespaceDefaultsToDefault() {
        ObjectNode component = componentJson();
        ((ObjectNode) component.get("metadata")).remove("namespace");
        assertThat(Entity.fromJson(component).metadata().namespace()).isEqualTo("default");
    }

    @Test
    void specIsCopiedSoTheRecordCannotChange() {
        ObjectNode spec = (ObjectNode) componentJson().get("spec");
        Entity entity = new Entity("backstage.io/v1alpha1", "Component", EntityMetadata.named("x"), spec, List.of());
        spec.put("owner", "someone-else");
        entity.spec().put("owner", "third");
        assertThat(entity.spec().get("owner").asString()).isEqualTo("team-a");
    }

    @Test
    void writesBackstageShapedJsonWithRelations() {
        Entity entity = Entity.fromJson(componentJson());
        Relation owned = new Relation(entity.ref(), RelationType.OWNED_BY, new EntityRef("Group", "shop", "team-a"));
        ObjectNode written = entity.withRelations(List.of(owned)).toJson();
        assertThat(written.get("kind").asString()).isEqualTo("Component");
        assertThat(written.at("/metadata/namespace").asString()).isEqualTo("shop");
        assertThat(written.at("/metadata/links/0/url").asString()).isEqualTo("https://grafana.example/d/1");
        assertThat(written.at("/relations/0/type").asString()).isEqualTo("ownedBy");
        assertThat(written.at("/relations/0/targetRef").asString()).isEqualTo("group:shop/team-a");
        Entity reread = Entity.fromJson(written);
        assertThat(reread.relations()).containsExactly(owned);
        assertThat(reread.metadata()).isEqualTo(entity.metadata());
    }

    @Test
    void unknownMetadataFieldsAreKeptInTheirOrder() {
        ObjectNode component = componentJson();
        ObjectNode metadata = (ObjectNode) component.get("metadata");
        metadata.put("custom", "kept");
        metadata.putObject("acme").put("costCenter", 42).putArray("owners").add("ann");
        metadata.put("generation", 3);
        Entity entity = Entity.fromJson(component);
        ObjectNode written = entity.toJson();
        assertThat(written.at("/metadata/custom").asString()).isEqualTo("kept");
        assertThat(written.at("/metadata/acme")).isEqualTo(metadata.get("acme"));
        assertThat(written.at("/metadata/generation").asInt()).isEqualTo(3);
        assertThat(written.get("metadata").propertyNames()).containsSubsequence("custom", "acme", "generation");
        assertThat(Entity.fromJson(written)).isEqualTo(entity);
        entity.metadata().additional().put("custom", "changed");
        assertThat(entity.toJson().at("/metadata/custom").asString()).isEqualTo("kept");
    }

    @Test
    void additionalMetadataCannotShadowAKnownField() {
        ObjectNode shadow = json.createObjectNode().put("name", "other");
        assertThatThrownBy(() -> new EntityMetadata(
                        "checkout",
                        "default",
                        null,
                        null,
                        java.util.Map.of(),
                        java.util.Map.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        shadow))
                .isInstanceOf(InvalidEntityException.class)
                .hasMessageContaining("metadata.name");
    }

    @Test
    void missingNameIsReportedWithAFix() {
        JsonNode noName = json.readTree("{\"apiVersion\": \"v1\", \"kind\": \"Component\", \"metadata\": {}}");
        assertThatThrownBy(() -> Entity.fromJson(noName))
                .isInstanceOf(InvalidEntityException.class)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name");
    }

    @Test
    void nonStringLabelIsReported() {
        ObjectNode component = componentJson();
        ((ObjectNode) component.at("/metadata/labels")).put("tier", 3);
        assertThatThrownBy(() -> Entity.fromJson(component))
                .isInstanceOf(InvalidEntityException.class)
                .hasMessageContaining("metadata.labels.tier");
    }
}
