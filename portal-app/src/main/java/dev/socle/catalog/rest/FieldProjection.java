package dev.socle.catalog.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backstage's {@code fields} parameter: keep only the named dotted paths of each entity, e.g.
 * {@code fields=kind,metadata.name}. Values may be repeated or comma-separated; no fields means the whole entity.
 */
record FieldProjection(List<String[]> paths) {

    static FieldProjection parse(List<String> parameters) {
        List<String[]> paths = new ArrayList<>();
        parameters.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(field -> !field.isEmpty())
                .forEach(field -> paths.add(field.split("\\.")));
        return new FieldProjection(List.copyOf(paths));
    }

    ObjectNode apply(ObjectNode entity) {
        if (paths.isEmpty()) {
            return entity;
        }
        ObjectNode projected = JsonNodeFactory.instance.objectNode();
        for (String[] path : paths) {
            copy(entity, projected, path, 0);
        }
        return projected;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] path, int depth) {
        JsonNode value = from.get(path[depth]);
        if (value == null) {
            return;
        }
        if (depth == path.length - 1 || !value.isObject()) {
            if (depth == path.length - 1) {
                to.set(path[depth], value.deepCopy());
            }
            return;
        }
        JsonNode existing = to.get(path[depth]);
        ObjectNode child = existing instanceof ObjectNode object ? object : to.putObject(path[depth]);
        copy(value, child, path, depth + 1);
    }
}
