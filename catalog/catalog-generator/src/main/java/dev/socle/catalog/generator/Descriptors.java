package dev.socle.catalog.generator;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The text of single descriptors and definitions. */
final class Descriptors {

    private static final List<String> BROKEN = List.of(
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: missing-spec-%d\n",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: Bad_Name!%d\nspec:\n"
                    + "  type: service\n  lifecycle: production\n  owner: team-0\n",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: bad-indent-%d\n spec:\n"
                    + "  type: service\n",
            "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: no-owner-%d\nspec:\n"
                    + "  type: service\n  lifecycle: production\n",
            "apiVersion: example.com/v9\nkind: Gadget\nmetadata:\n  name: unknown-kind-%d\nspec: {}\n");

    private Descriptors() {}

    /** The head of a descriptor, up to and including its metadata; the caller appends {@code spec}. */
    static String entity(
            String kind,
            Named entity,
            @Nullable String title,
            @Nullable String description,
            List<String> tags,
            String extraMetadata) {
        List<String> lines = new ArrayList<>();
        lines.add("apiVersion: backstage.io/v1alpha1");
        lines.add("kind: " + kind);
        lines.add("metadata:");
        lines.add("  name: " + entity.name());
        if (!entity.namespace().equals("default")) {
            lines.add("  namespace: " + entity.namespace());
        }
        if (title != null) {
            lines.add("  title: " + quoted(title));
        }
        if (description != null) {
            lines.add("  description: " + quoted(description));
        }
        if (!tags.isEmpty()) {
            lines.add("  tags: [" + String.join(", ", tags) + "]");
        }
        if (!extraMetadata.isEmpty()) {
            lines.add(extraMetadata.stripTrailing());
        }
        return String.join("\n", lines) + "\n";
    }

    static String openApi(String name, SeededChoices random) {
        StringBuilder paths = new StringBuilder();
        List<String> resources = random.sample(OrganisationPlan.WORDS, random.between(2, 6));
        for (int i = 0; i < resources.size(); i++) {
            String resource = resources.get(i);
            String type = capitalised(resource);
            paths.append("  /")
                    .append(resource)
                    .append("s/{id}:\n    get:\n      summary: Get a ")
                    .append(resource)
                    .append(" by id\n      operationId: get")
                    .append(type)
                    .append(i)
                    .append("\n      parameters:\n        - name: id\n          in: path\n          required: true\n")
                    .append("          schema: {type: string}\n      responses:\n        \"200\":\n")
                    .append("          description: The ")
                    .append(resource)
                    .append("\n          content:\n            application/json:\n")
                    .append("              schema: {$ref: \"#/components/schemas/")
                    .append(type)
                    .append("\"}\n        \"404\": {description: Not found}\n");
        }
        return "openapi: 3.0.3\ninfo:\n  title: " + name + " API\n  version: 1." + random.between(0, 9) + ".0\npaths:\n"
                + paths + "components:\n  schemas:\n    " + capitalised(random.pick(OrganisationPlan.WORDS))
                + ":\n      type: object\n      properties:\n        id: {type: string}\n"
                + "        createdAt: {type: string, format: date-time}\n";
    }

    /** A deliberately invalid descriptor; the mistakes take turns. */
    static String broken(int i) {
        return BROKEN.get(i % BROKEN.size()).formatted(i);
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String titled(String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split("-")) {
            if (!title.isEmpty()) {
                title.append(' ');
            }
            title.append(capitalised(word));
        }
        return title.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
