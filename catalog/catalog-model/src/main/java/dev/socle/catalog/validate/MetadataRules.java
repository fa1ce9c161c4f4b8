package dev.socle.catalog.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks the formats of apiVersion, kind and metadata fields; types are left to the envelope schema. */
final class MetadataRules {

    private MetadataRules() {}

    static List<FieldProblem> check(JsonNode entity) {
        List<FieldProblem> problems = new ArrayList<>();
        text(entity, "apiVersion")
                .filter(value -> !BackstageNames.isApiVersion(value))
                .ifPresent(value -> problems.add(new FieldProblem(
                        "/apiVersion",
                        "apiVersion '" + value + "' is not of the form "
                                + "group/version; use e.g. backstage.io/v1alpha1.")));
        text(entity, "kind")
                .filter(value -> !BackstageNames.isKind(value))
                .ifPresent(value -> problems.add(new FieldProblem(
                        "/kind",
                        "kind '" + value + "' must start with a letter and hold "
                                + "only letters and digits (at most 63); use e.g. Component.")));
        JsonNode metadata = entity.path("metadata");
        text(metadata, "name")
                .filter(value -> !BackstageNames.isEntityName(value))
                .ifPresent(value -> problems.add(new FieldProblem(
                        "/metadata/name",
                        "metadata.name '" + value + "' is not a valid "
                                + "name: use 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, "
                                + "e.g. payments-api.")));
        text(metadata, "namespace")
                .filter(value -> !BackstageNames.isNamespace(value))
                .ifPresent(value -> problems.add(new FieldProblem(
                        "/metadata/namespace",
                        "metadata.namespace '" + value
                                + "' is not a valid namespace: use 1-63 lower-case letters or digits separated by single "
                                + "'-', e.g. team-a.")));
        keyValues(metadata, "labels", problems, true);
        keyValues(metadata, "annotations", problems, false);
        tags(metadata, problems);
        LinkRules.check(metadata, problems);
        return problems;
    }

    private static void keyValues(JsonNode metadata, String field, List<FieldProblem> problems, boolean labels) {
        for (Map.Entry<String, JsonNode> entry : metadata.path(field).properties()) {
            String key = entry.getKey();
            String pointer = "/metadata/" + field + "/" + key.replace("~", "~0").replace("/", "~1");
            if (!BackstageNames.isKey(key)) {
                problems.add(new FieldProblem(
                        pointer,
                        "metadata." + field + " key '" + key + "' is not valid: "
                                + "use an optional DNS prefix and '/', then 1-63 letters, digits, '-', '_' or '.', "
                                + "starting and ending with a letter or digit, e.g. backstage.io/techdocs-ref."));
            }
            JsonNode value = entry.getValue();
            if (labels && value.isString() && !BackstageNames.isLabelValue(value.asString())) {
                problems.add(new FieldProblem(
                        pointer,
                        "metadata.labels value '" + value.asString() + "' for key '"
                                + key + "' is not valid: use at most 63 letters, digits, '-', '_' or '.', starting and "
                                + "ending with a letter or digit, or leave it empty; put free text in annotations."));
            }
        }
    }

    private static void tags(JsonNode metadata, List<FieldProblem> problems) {
        JsonNode tags = metadata.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            JsonNode tag = tags.get(i);
            if (tag.isString() && !BackstageNames.isTag(tag.asString())) {
                problems.add(new FieldProblem(
                        "/metadata/tags/" + i,
                        "metadata.tags entry '" + tag.asString()
                                + "' is not a valid tag: use 1-63 lower-case letters, digits, ':', '+' or '#', separated by "
                                + "single '-', e.g. java or team:payments."));
            }
        }
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? java.util.Optional.of(value.asString()) : java.util.Optional.empty();
    }
}
