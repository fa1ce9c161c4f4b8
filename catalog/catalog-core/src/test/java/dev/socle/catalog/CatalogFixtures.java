package dev.socle.catalog;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.store.JsonText;
import dev.socle.catalog.testkit.EntityBuilder;
import dev.socle.catalog.testkit.TestEntities;
import org.jspecify.annotations.Nullable;

/** Small entities built with the testkit's {@link TestEntities} or from JSON snippets. */
final class CatalogFixtures {

    private CatalogFixtures() {}

    static Entity entity(String json) {
        return Entity.fromJson(JsonText.parse(json.replace('\'', '"')));
    }

    static Entity component(String name, String type, @Nullable String owner) {
        return entity(TestEntities.component(name).type(type).spec("owner", owner));
    }

    static Entity group(String name) {
        return entity(TestEntities.group(name));
    }

    static Entity entity(EntityBuilder builder) {
        return Entity.fromJson(JsonText.parse(builder.json()));
    }

    static IngestedEntity ingested(Entity entity, String file) {
        return IngestedEntity.derived(entity, file);
    }

    static IngestedEntity ingested(Entity entity) {
        return IngestedEntity.derived(entity, "catalog-info.yaml");
    }
}
