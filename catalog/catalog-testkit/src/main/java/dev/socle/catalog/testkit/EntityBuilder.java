package dev.socle.catalog.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One descriptor under construction; see {@link TestEntities}. Every method returns the builder, so a test reads as
 * the entity it describes. {@link #yaml()} gives the descriptor as a file holds it, {@link #json()} as the API
 * answers it (without what the catalog adds: uid, etag, relations).
 */
public final class EntityBuilder {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/@+:-]*");

    private String apiVersion = "backstage.io/v1alpha1";
    private final String kind;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final List<String> tags = new ArrayList<>();
    private final Map<String, Object> spec = new LinkedHashMap<>();

    EntityBuilder(String kind, String name) {
        this.kind = kind;
        metadata.put("name", name);
    }

    public EntityBuilder apiVersion(String value) {
        apiVersion = value;
        return this;
    }

    public EntityBuilder namespace(String namespace) {
        metadata.put("namespace", namespace);
        return this;
    }

    public EntityBuilder title(String title) {
        metadata.put("title", title);
        return this;
    }

    public EntityBuilder description(String description) {
        metadata.put("description", description);
        return this;
    }

    public EntityBuilder label(String key, String value) {
        labels.put(key, value);
        return this;
    }

    public EntityBuilder annotation(String key, String value) {
        annotations.put(key, value);
        return this;
    }

    public EntityBuilder tags(String... values) {
        tags.addAll(List.of(values));
        return this;
    }

    /** Sets a {@code spec} field to a string or a list of strings; {@code null} removes it. */
    public EntityBuilder spec(String field, @Nullable Object value) {
        if (value == null) {
            spec.remove(field);
        } else {
            spec.put(field, value instanceof List<?> list ? List.copyOf(list) : value);
        }
        return this;
    }

    public EntityBuilder ownedBy(String owner) {
        return spec("owner", owner);
    }

    public EntityBuilder type(String type) {
        return spec("type", type);
    }

    public EntityBuilder lifecycle(String lifecycle) {
        return spec("lifecycle", lifecycle);
    }

    public EntityBuilder inSystem(String system) {
        return spec("system", system);
    }

    public EntityBuilder inDomain(String domain) {
        return spec("domain", domain);
    }

    public EntityBuilder subcomponentOf(String component) {
        return spec("subcomponentOf", component);
    }

    public EntityBuilder providesApis(String... apis) {
        return spec("providesApis", List.of(apis));
    }

    public EntityBuilder consumesApis(String... apis) {
        return spec("consumesApis", List.of(apis));
    }

    public EntityBuilder dependsOn(String... refs) {
        return spec("dependsOn", List.of(refs));
    }

    public EntityBuilder parent(String group) {
        return spec("parent", group);
    }

    public EntityBuilder children(String... groups) {
        return spec("children", List.of(groups));
    }

    public EntityBuilder members(String... users) {
        return spec("members", List.of(users));
    }

    public EntityBuilder memberOf(String... groups) {
        return spec("memberOf", List.of(groups));
    }

    public EntityBuilder definition(String definition) {
        return spec("definition", definition);
    }

    /** The descriptor as a {@code catalog-info.yaml} holds it. */
    public String yaml() {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: ")
                .append(apiVersion)
                .append("\nkind: ")
                .append(kind)
                .append("\nmetadata:\n");
        metadata.forEach((key, value) -> yaml.append("  ")
                .append(key)
                .append(": ")
                .append(scalar((String) value))
                .append('\n'));
        appendMap(yaml, "labels", labels);
        appendMap(yaml, "annotations", annotations);
        if (!tags.isEmpty()) {
            yaml.append("  tags: ").append(list(tags)).append('\n');
        }
        yaml.append("spec:");
        if (spec.isEmpty()) {
            return yaml.append(" {}\n").toString();
        }
        yaml.append('\n');
        spec.forEach((key, value) -> {
            yaml.append("  ").append(key).append(":");
            if (value instanceof List<?> values) {
                yaml.append(' ').append(list(values));
            } else if (((String) value).contains("\n")) {
                yaml.append(" |\n");
                ((String) value)
                        .lines()
                        .forEach(line -> yaml.append("    ").append(line).append('\n'));
                return;
            } else {
                yaml.append(' ').append(scalar((String) value));
            }
            yaml.append('\n');
        });
        return yaml.toString();
    }

    /** The descriptor as JSON, in the field order of {@link #yaml()}. */
    public String json() {
        StringBuilder json = new StringBuilder("{\"apiVersion\":")
                .append(quoted(apiVersion))
                .append(",\"kind\":")
                .append(quoted(kind))
                .append(",\"metadata\":{");
        List<String> fields = new ArrayList<>();
        metadata.forEach((key, value) -> fields.add(quoted(key) + ":" + quoted((String) value)));
        if (!labels.isEmpty()) {
            fields.add("\"labels\":" + jsonMap(labels));
        }
        if (!annotations.isEmpty()) {
            fields.add("\"annotations\":" + jsonMap(annotations));
        }
        if (!tags.isEmpty()) {
            fields.add("\"tags\":" + jsonList(tags));
        }
        json.append(String.join(",", fields)).append("},\"spec\":{");
        List<String> specFields = new ArrayList<>();
        spec.forEach((key, value) -> specFields.add(
                quoted(key) + ":" + (value instanceof List<?> values ? jsonList(values) : quoted((String) value))));
        return json.append(String.join(",", specFields)).append("}}").toString();
    }

    /** The entity's ref, e.g. {@code component:default/payments}. */
    public String ref() {
        return kind.toLowerCase(java.util.Locale.ROOT) + ":" + metadata.getOrDefault("namespace", "default") + "/"
                + metadata.get("name");
    }

    @Override
    public String toString() {
        return yaml();
    }

    private static void appendMap(StringBuilder yaml, String name, Map<String, String> values) {
        if (!values.isEmpty()) {
            yaml.append("  ").append(name).append(":\n");
            values.forEach((key, value) -> yaml.append("    ")
                    .append(key)
                    .append(": ")
                    .append(scalar(value))
                    .append('\n'));
        }
    }

    private static String list(List<?> values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> items.add(scalar(String.valueOf(value))));
        return "[" + String.join(", ", items) + "]";
    }

    /** Plain where YAML reads it back as the same string, double-quoted (JSON escaping) otherwise. */
    private static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !value.endsWith(" ")
                && !value.endsWith(":")
                && !value.contains(": ")
                && !List.of("true", "false", "null", "yes", "no", "on", "off", "~")
                        .contains(value.toLowerCase(java.util.Locale.ROOT))
                && !value.matches("[0-9.+-].*");
        return plain ? value : quoted(value);
    }

    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String jsonMap(Map<String, String> values) {
        List<String> fields = new ArrayList<>();
        values.forEach((key, value) -> fields.add(quoted(key) + ":" + quoted(value)));
        return "{" + String.join(",", fields) + "}";
    }

    private static String jsonList(List<?> values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> items.add(quoted(String.valueOf(value))));
        return "[" + String.join(",", items) + "]";
    }
}
