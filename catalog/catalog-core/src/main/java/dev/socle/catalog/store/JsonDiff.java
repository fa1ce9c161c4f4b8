package dev.socle.catalog.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Computes an RFC 6902 JSON Patch turning one JSON tree into another: objects member by member, arrays by their
 * common prefix and suffix with element-wise changes, removals and additions in the middle, anything else replaced.
 * Not minimal for reordered arrays, but always correct when applied in order.
 */
final class JsonDiff {

    private JsonDiff() {}

    public static ArrayNode diff(JsonNode from, JsonNode to) {
        ArrayNode patch = JsonNodeFactory.instance.arrayNode();
        diff("", from, to, patch);
        return patch;
    }

    private static void diff(String path, JsonNode from, JsonNode to, ArrayNode patch) {
        if (from.equals(to)) {
            return;
        }
        if (from.isObject() && to.isObject()) {
            diffObjects(path, from, to, patch);
        } else if (from.isArray() && to.isArray()) {
            diffArrays(path, from, to, patch);
        } else {
            patch.addObject().put("op", "replace").put("path", path).set("value", to.deepCopy());
        }
    }

    private static void diffObjects(String path, JsonNode from, JsonNode to, ArrayNode patch) {
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            if (!to.has(field.getKey())) {
                patch.addObject().put("op", "remove").put("path", path + "/" + escape(field.getKey()));
            }
            seen.add(field.getKey());
        }
        for (Map.Entry<String, JsonNode> field : to.properties()) {
            String child = path + "/" + escape(field.getKey());
            if (seen.contains(field.getKey())) {
                diff(child, from.get(field.getKey()), field.getValue(), patch);
            } else {
                patch.addObject()
                        .put("op", "add")
                        .put("path", child)
                        .set("value", field.getValue().deepCopy());
            }
        }
    }

    private static void diffArrays(String path, JsonNode from, JsonNode to, ArrayNode patch) {
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from.get(prefix).equals(to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix
                && suffix < to.size() - prefix
                && from.get(from.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        int fromMiddle = from.size() - prefix - suffix;
        int toMiddle = to.size() - prefix - suffix;
        int common = Math.min(fromMiddle, toMiddle);
        for (int i = 0; i < common; i++) {
            diff(path + "/" + (prefix + i), from.get(prefix + i), to.get(prefix + i), patch);
        }
        for (int i = prefix + fromMiddle - 1; i >= prefix + common; i--) {
            patch.addObject().put("op", "remove").put("path", path + "/" + i);
        }
        for (int i = prefix + common; i < prefix + toMiddle; i++) {
            patch.addObject()
                    .put("op", "add")
                    .put("path", path + "/" + i)
                    .set("value", to.get(i).deepCopy());
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
