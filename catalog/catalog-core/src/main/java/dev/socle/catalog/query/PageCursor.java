package dev.socle.catalog.query;

import dev.socle.plugin.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque cursor of a page: the query it belongs to, the sort values and ref of the row it starts after (or
 * before, going backwards), and the total counted for the first page. Encoded as base64url JSON.
 *
 * @param filter the query's filter
 * @param orderFields the query's sort keys
 * @param fullTextTerm the query's full-text term, or {@code null}
 * @param fullTextFields the query's full-text fields
 * @param values sort values of the boundary row, one per order field ({@code null} when it has none)
 * @param ref entity ref of the boundary row, the tie-breaker
 * @param backwards whether the page lies before the boundary row
 * @param totalItems total counted for the first page
 */
record PageCursor(
        EntityFilter filter,
        List<OrderField> orderFields,
        @Nullable String fullTextTerm,
        List<String> fullTextFields,
        List<@Nullable String> values,
        String ref,
        boolean backwards,
        long totalItems) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String encode() {
        ObjectNode json = JSON.createObjectNode();
        ArrayNode filterJson = json.putArray("f");
        for (Map<String, Set<String>> alternative : filter.anyOf()) {
            ObjectNode item = filterJson.addObject();
            alternative.forEach((key, allowed) -> allowed.forEach(item.putArray(key)::add));
        }
        ArrayNode order = json.putArray("o");
        orderFields.forEach(field -> order.addObject()
                .put("f", field.field())
                .put("d", field.direction().name()));
        json.put("t", fullTextTerm);
        fullTextFields.forEach(json.putArray("tf")::add);
        ArrayNode valuesJson = json.putArray("v");
        values.forEach(valuesJson::add);
        json.put("r", ref).put("b", backwards).put("n", totalItems);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            JsonNode json = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            List<Map<String, Set<String>>> alternatives = new ArrayList<>();
            for (JsonNode item : json.required("f")) {
                Map<String, Set<String>> alternative = new LinkedHashMap<>();
                item.properties().forEach(entry -> {
                    Set<String> allowed = new LinkedHashSet<>();
                    entry.getValue().forEach(value -> allowed.add(value.asString()));
                    alternative.put(entry.getKey(), allowed);
                });
                alternatives.add(alternative);
            }
            List<OrderField> order = new ArrayList<>();
            json.required("o")
                    .forEach(field -> order.add(new OrderField(
                            field.required("f").asString(),
                            SortDirection.valueOf(field.required("d").asString()))));
            List<String> fields = new ArrayList<>();
            json.path("tf").forEach(field -> fields.add(field.asString()));
            List<@Nullable String> values = new ArrayList<>();
            json.required("v").forEach(value -> values.add(value.isNull() ? null : value.asString()));
            JsonNode term = json.path("t");
            if (values.size() != order.size()) {
                throw new IllegalArgumentException("cursor values do not match its order fields");
            }
            return new PageCursor(
                    new EntityFilter(alternatives),
                    order,
                    term.isString() ? term.asString() : null,
                    fields,
                    values,
                    json.required("r").asString(),
                    json.required("b").asBoolean(),
                    json.required("n").asLong());
        } catch (IllegalArgumentException | JacksonException | NullPointerException malformed) {
            throw new InvalidInputException(
                    "The cursor '" + abbreviate(cursor) + "' is malformed; pass a cursor"
                            + " exactly as a previous page returned it, or query again without a cursor.",
                    malformed);
        }
    }

    private static String abbreviate(String cursor) {
        return cursor.length() > 40 ? cursor.substring(0, 37) + "..." : cursor;
    }
}
