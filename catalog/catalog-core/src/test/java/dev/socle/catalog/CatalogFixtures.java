package dev.socle.catalog;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.store.JsonText;
import org.jspecify.annotations.Nullable;

/** Small entities built from JSON snippets with the model's API. */
final class CatalogFixtures {

    private CatalogFixtures() {}

    static Entity entity(String json) {
        return Entity.fromJson(JsonText.parse(json.replace('\'', '"')));
    }

    static Entity component(String name, String type, @Nullable String owner) {
        return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Component','metadata':{'name':'" + name
                + "'},'spec':{'type':'" + type + "','lifecycle':'production'"
                + (owner == null ? "" : ",'owner':'" + owner + "'") + "}}");
    }

    static Entity group(String name) {
        return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Group','metadata':{'name':'" + name
                + "'},'spec':{'type':'team','children':[]}}");
    }

    static IngestedEntity ingested(Entity entity, String file) {
        return IngestedEntity.derived(entity, file);
    }

    static IngestedEntity ingested(Entity entity) {
        return IngestedEntity.derived(entity, "catalog-info.yaml");
    }
}
