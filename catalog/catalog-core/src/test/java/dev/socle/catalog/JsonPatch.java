package dev.socle.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Applies the add, remove and replace operations of an RFC 6902 JSON Patch, to check diffs round-trip. */
public final class JsonPatch {

    private JsonPatch() {}

    public static JsonNode apply(JsonNode patch, JsonNode document) {
        JsonNode result = document.deepCopy();
        for (JsonNode operation : patch) {
            result = applyOne(operation, result);
        }
        return result;
    }

    private static JsonNode applyOne(JsonNode operation, JsonNode document) {
        String op = operation.path("op").asString();
        String path = operation.path("path").asString();
        JsonNode value = operation.get("value");
        if (path.isEmpty()) {
            if (op.equals("remove")) {
                throw new IllegalArgumentException("cannot remove the whole document");
            }
            return value.deepCopy();
        }
        int slash = path.lastIndexOf('/');
        JsonNode parent = document.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            switch (op) {
                case "add", "replace" -> object.set(last, value.deepCopy());
                case "remove" -> object.remove(last);
                default -> throw new IllegalArgumentException("unsupported op " + op);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = last.equals("-") ? array.size() : Integer.parseInt(last);
            switch (op) {
                case "add" -> array.insert(index, value.deepCopy());
                case "replace" -> array.set(index, value.deepCopy());
                case "remove" -> array.remove(index);
                default -> throw new IllegalArgumentException("unsupported op " + op);
            }
        } else {
            throw new IllegalArgumentException("no container at " + path);
        }
        return document;
    }
}
