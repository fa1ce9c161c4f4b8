package dev.socle.catalog.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a final entity body into search terms, like Backstage's {@code buildEntitySearch}: {@code kind},
 * {@code metadata.name|namespace|title}, every label and annotation, each tag (key {@code metadata.tags}), every
 * scalar under {@code spec} (arrays give one row per element) and {@code relations.<type>} to the target ref.
 * Keys and values are lower-cased; values are capped at {@value #MAX_LENGTH} characters and longer keys skipped.
 */
public final class SearchTerms {

    /** Longest key or value stored. */
    public static final int MAX_LENGTH = 200;

    private SearchTerms() {}

    /**
     * The terms the search index holds for a served entity: its {@code metadata.uid} (lower-cased, not capped),
     * then those of {@link #of(JsonNode)}.
     */
    public static List<SearchTerm> ofServed(String uid, JsonNode body) {
        List<SearchTerm> terms = new ArrayList<>();
        terms.add(new SearchTerm("metadata.uid", uid.toLowerCase(Locale.ROOT), uid));
        terms.addAll(of(body));
        return terms;
    }

    public static List<SearchTerm> of(JsonNode body) {
        Map<String, SearchTerm> rows = new LinkedHashMap<>();
        add(rows, "kind", body.get("kind"));
        JsonNode metadata = body.path("metadata");
        add(rows, "metadata.name", metadata.get("name"));
        add(rows, "metadata.namespace", metadata.get("namespace"));
        add(rows, "metadata.title", metadata.get("title"));
        for (Map.Entry<String, JsonNode> label : metadata.path("labels").properties()) {
            add(rows, "metadata.labels." + label.getKey(), label.getValue());
        }
        for (Map.Entry<String, JsonNode> annotation :
                metadata.path("annotations").properties()) {
            add(rows, "metadata.annotations." + annotation.getKey(), annotation.getValue());
        }
        for (JsonNode tag : metadata.path("tags")) {
            add(rows, "metadata.tags", tag);
        }
        flatten(rows, "spec", body.path("spec"));
        for (JsonNode relation : body.path("relations")) {
            add(rows, "relations." + relation.path("type").asString(""), relation.get("targetRef"));
        }
        return new ArrayList<>(rows.values());
    }

    private static void flatten(Map<String, SearchTerm> rows, String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(rows, path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                flatten(rows, path, element);
            }
        } else {
            add(rows, path, node);
        }
    }

    private static void add(Map<String, SearchTerm> rows, String key, @Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer() || key.length() > MAX_LENGTH) {
            return;
        }
        String original = cap(node.asString());
        String lowerKey = key.toLowerCase(Locale.ROOT);
        String value = cap(original.toLowerCase(Locale.ROOT));
        rows.putIfAbsent(lowerKey + '\u0000' + value, new SearchTerm(lowerKey, value, original));
    }

    private static String cap(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
