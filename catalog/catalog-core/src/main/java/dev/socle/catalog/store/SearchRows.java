package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a final entity body into search rows, like Backstage's {@code buildEntitySearch}: {@code kind},
 * {@code metadata.name|namespace|title}, every label and annotation, each tag (key {@code metadata.tags}), every
 * scalar under {@code spec} (arrays give one row per element) and {@code relations.<type>} to the target ref.
 * Keys and values are lower-cased; values are capped at {@value #MAX_LENGTH} characters and longer keys skipped.
 */
public final class SearchRows {

    /** Longest key or value stored. */
    public static final int MAX_LENGTH = 200;

    private SearchRows() {
    }

    public static List<SearchRow> of(UUID uid, JsonNode body) {
        Map<String, SearchRow> rows = new LinkedHashMap<>();
        add(rows, uid, "kind", body.get("kind"));
        JsonNode metadata = body.path("metadata");
        add(rows, uid, "metadata.name", metadata.get("name"));
        add(rows, uid, "metadata.namespace", metadata.get("namespace"));
        add(rows, uid, "metadata.title", metadata.get("title"));
        for (Map.Entry<String, JsonNode> label : metadata.path("labels").properties()) {
            add(rows, uid, "metadata.labels." + label.getKey(), label.getValue());
        }
        for (Map.Entry<String, JsonNode> annotation : metadata.path("annotations").properties()) {
            add(rows, uid, "metadata.annotations." + annotation.getKey(), annotation.getValue());
        }
        for (JsonNode tag : metadata.path("tags")) {
            add(rows, uid, "metadata.tags", tag);
        }
        flatten(rows, uid, "spec", body.path("spec"));
        for (JsonNode relation : body.path("relations")) {
            add(rows, uid, "relations." + relation.path("type").asString(""), relation.get("targetRef"));
        }
        return new ArrayList<>(rows.values());
    }

    private static void flatten(Map<String, SearchRow> rows, UUID uid, String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(rows, uid, path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                flatten(rows, uid, path, element);
            }
        } else {
            add(rows, uid, path, node);
        }
    }

    private static void add(Map<String, SearchRow> rows, UUID uid, String key, @Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer() || key.length() > MAX_LENGTH) {
            return;
        }
        String original = cap(node.asString());
        String lowerKey = key.toLowerCase(Locale.ROOT);
        String value = cap(original.toLowerCase(Locale.ROOT));
        rows.putIfAbsent(lowerKey + '\u0000' + value, new SearchRow(uid, lowerKey, value, original));
    }

    private static String cap(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
