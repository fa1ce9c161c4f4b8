package dev.socle.catalog.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the JSON text stored in the catalog's tables. */
public final class JsonText {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonText() {}

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    public static ObjectNode parseObject(String json) {
        JsonNode node = parse(json);
        if (!node.isObject()) {
            throw new IllegalStateException(
                    "Stored JSON is not an object: " + json.substring(0, Math.min(80, json.length())));
        }
        return (ObjectNode) node;
    }

    public static String write(JsonNode json) {
        return MAPPER.writeValueAsString(json);
    }
}
