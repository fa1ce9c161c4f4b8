package dev.socle.catalog.validate;

import java.util.Map;

/** What to write when a field is missing or malformed, in the words of a catalog descriptor. */
final class FieldHints {

    private static final Map<String, String> MISSING = Map.ofEntries(
            Map.entry("owner", "name the owning group, e.g. owner: team-a"),
            Map.entry("lifecycle", "say where it is in its life, e.g. lifecycle: production"),
            Map.entry("definition", "give the API definition, e.g. definition: {$text: ./openapi.yaml}"),
            Map.entry("memberOf", "list the user's groups, e.g. memberOf: [team-a], or memberOf: [] for none"),
            Map.entry("children", "list the child groups, e.g. children: [], when there are none"),
            Map.entry("steps", "list the scaffolder steps, e.g. steps: [{action: fetch:template}]"),
            Map.entry("action", "name the scaffolder action, e.g. action: fetch:template"),
            Map.entry("spec", "add a spec: block"),
            Map.entry("metadata", "add metadata: with at least a name"),
            Map.entry("name", "give the entity a name, e.g. name: payments"),
            Map.entry("apiVersion", "add e.g. apiVersion: backstage.io/v1alpha1"),
            Map.entry("kind", "add e.g. kind: Component"),
            Map.entry("url", "give the link a url, e.g. url: https://dashboard.example.com"),
            Map.entry("type", "give its type, e.g. type: service"));

    private static final Map<String, String> INVALID = Map.of(
            "type", "use the type the field expects (text, a list or a mapping)",
            "minLength", "write a non-empty value",
            "enum", "use one of the allowed values",
            "additionalProperties", "use text values only",
            "oneOf", "use one of the allowed shapes");

    private FieldHints() {}

    static String forMissing(String field, String scope) {
        if (field.equals("type") && scope.equals("kind Group")) {
            return "give the group's type, e.g. type: team";
        }
        return MISSING.getOrDefault(field, "add " + field + ":");
    }

    static String forInvalid(String keyword) {
        return INVALID.getOrDefault(keyword, "see the Backstage descriptor format for this field");
    }
}
