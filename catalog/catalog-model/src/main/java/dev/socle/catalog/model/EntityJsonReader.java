package dev.socle.catalog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads Backstage-shaped JSON into an {@link Entity}. */
final class EntityJsonReader {

    private EntityJsonReader() {}

    static Entity read(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidEntityException("An entity must be a JSON object, got " + json.getNodeType()
                    + "; start the descriptor with apiVersion, kind and metadata.");
        }
        String apiVersion = requiredText(json, "apiVersion");
        String kind = requiredText(json, "kind");
        JsonNode metadataJson = json.path("metadata");
        if (!metadataJson.isObject()) {
            throw new InvalidEntityException(
                    "Entity of kind " + kind + " has no metadata object; add metadata: {name: …}.");
        }
        EntityMetadata metadata = metadata(metadataJson);
        JsonNode specJson = json.path("spec");
        ObjectNode spec = specJson.isObject() ? (ObjectNode) specJson : JsonNodeFactory.instance.objectNode();
        List<Relation> relations =
                relations(json.path("relations"), new EntityRef(kind, metadata.namespace(), metadata.name()));
        return new Entity(apiVersion, kind, metadata, spec, relations);
    }

    private static EntityMetadata metadata(JsonNode json) {
        String name = requiredText(json, "name");
        String namespace = optionalText(json, "namespace");
        return new EntityMetadata(
                name,
                namespace == null ? EntityRef.DEFAULT_NAMESPACE : namespace,
                optionalText(json, "title"),
                optionalText(json, "description"),
                stringMap(json, "labels"),
                stringMap(json, "annotations"),
                tags(json),
                links(json),
                optionalText(json, "uid"),
                optionalText(json, "etag"),
                additional(json));
    }

    private static ObjectNode additional(JsonNode json) {
        ObjectNode additional = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            if (!EntityMetadata.FIELDS.contains(entry.getKey())) {
                additional.set(entry.getKey(), entry.getValue());
            }
        }
        return additional;
    }

    private static List<String> tags(JsonNode json) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : json.path("tags")) {
            tags.add(requireString(tag, "metadata.tags"));
        }
        return tags;
    }

    private static List<EntityLink> links(JsonNode json) {
        List<EntityLink> links = new ArrayList<>();
        for (JsonNode link : json.path("links")) {
            links.add(new EntityLink(
                    requiredText(link, "url"),
                    optionalText(link, "title"),
                    optionalText(link, "icon"),
                    optionalText(link, "type")));
        }
        return links;
    }

    private static List<Relation> relations(JsonNode json, EntityRef self) {
        List<Relation> relations = new ArrayList<>();
        for (JsonNode relation : json) {
            String type = requiredText(relation, "type");
            JsonNode target = relation.has("targetRef") ? relation.get("targetRef") : relation.path("target");
            relations.add(new Relation(self, type, EntityRef.parse(target, null, EntityRef.DEFAULT_NAMESPACE)));
        }
        return relations;
    }

    private static Map<String, String> stringMap(JsonNode json, String field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.path(field).properties()) {
            values.put(entry.getKey(), requireString(entry.getValue(), "metadata." + field + "." + entry.getKey()));
        }
        return values;
    }

    private static String requiredText(JsonNode json, String field) {
        String value = optionalText(json, field);
        if (value == null) {
            throw new InvalidEntityException(
                    "Field " + field + " is missing from " + abbreviate(json) + "; add it as a string.");
        }
        return value;
    }

    private static @Nullable String optionalText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : requireString(value, field);
    }

    private static String requireString(JsonNode value, String field) {
        if (!value.isString()) {
            throw new InvalidEntityException("Field " + field + " must be a string but is " + abbreviate(value)
                    + "; quote it in the descriptor.");
        }
        return value.asString();
    }

    private static String abbreviate(JsonNode json) {
        String text = json.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
