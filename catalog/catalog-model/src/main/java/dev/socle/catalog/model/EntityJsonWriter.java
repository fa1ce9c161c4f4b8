package dev.socle.catalog.model;

import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes entities in the JSON shape Backstage's catalog API returns. */
final class EntityJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EntityJsonWriter() {}

    static ObjectNode write(Entity entity) {
        ObjectNode json = NODES.objectNode();
        json.put("apiVersion", entity.apiVersion());
        json.put("kind", entity.kind());
        json.set("metadata", metadata(entity.metadata()));
        json.set("spec", entity.spec());
        ArrayNode relations = json.putArray("relations");
        for (Relation relation : entity.relations()) {
            ObjectNode item = relations.addObject();
            item.put("type", relation.type());
            item.put("targetRef", relation.target().canonical());
        }
        return json;
    }

    private static ObjectNode metadata(EntityMetadata metadata) {
        ObjectNode json = NODES.objectNode();
        json.put("name", metadata.name());
        json.put("namespace", metadata.namespace());
        putIfPresent(json, "title", metadata.title());
        putIfPresent(json, "description", metadata.description());
        putMap(json, "labels", metadata.labels());
        putMap(json, "annotations", metadata.annotations());
        if (!metadata.tags().isEmpty()) {
            ArrayNode tags = json.putArray("tags");
            metadata.tags().forEach(tags::add);
        }
        if (!metadata.links().isEmpty()) {
            ArrayNode links = json.putArray("links");
            for (EntityLink link : metadata.links()) {
                ObjectNode item = links.addObject();
                item.put("url", link.url());
                putIfPresent(item, "title", link.title());
                putIfPresent(item, "icon", link.icon());
                putIfPresent(item, "type", link.type());
            }
        }
        json.setAll(metadata.additional());
        putIfPresent(json, "uid", metadata.uid());
        putIfPresent(json, "etag", metadata.etag());
        return json;
    }

    private static void putMap(ObjectNode json, String field, Map<String, String> values) {
        if (!values.isEmpty()) {
            ObjectNode map = json.putObject(field);
            values.forEach(map::put);
        }
    }

    private static void putIfPresent(ObjectNode json, String field, @org.jspecify.annotations.Nullable String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
