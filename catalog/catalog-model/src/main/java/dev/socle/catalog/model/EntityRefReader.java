package dev.socle.catalog.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads entity references the way Backstage's {@code parseEntityRef} does. */
final class EntityRefReader {

    private static final String SHAPE = "[<kind>:][<namespace>/]<name>";

    private EntityRefReader() {}

    static EntityRef fromString(String ref, @Nullable String defaultKind, String defaultNamespace) {
        String trimmed = ref.strip();
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        if (slash != -1 && slash < colon) {
            colon = -1;
        }
        String kind = colon == -1 ? null : trimmed.substring(0, colon);
        String namespace = slash == -1 ? null : trimmed.substring(colon + 1, slash);
        String name = trimmed.substring(Math.max(colon + 1, slash + 1));
        if ("".equals(kind) || "".equals(namespace) || name.isEmpty()) {
            throw new InvalidEntityRefException("Entity reference '" + ref + "' is not of the form " + SHAPE
                    + "; remove the empty part, e.g. group:default/team-a or team-a.");
        }
        return complete(ref, kind, namespace, name, defaultKind, defaultNamespace);
    }

    static EntityRef fromJson(JsonNode ref, @Nullable String defaultKind, String defaultNamespace) {
        if (ref.isString()) {
            return fromString(ref.asString(), defaultKind, defaultNamespace);
        }
        if (!ref.isObject()) {
            throw new InvalidEntityRefException("Entity reference " + ref + " must be a string like " + SHAPE
                    + " or an object {kind, namespace, name}, not a "
                    + ref.getNodeType().name().toLowerCase()
                    + ".");
        }
        return compound(
                ref.toString(),
                text(ref, "kind"),
                text(ref, "namespace"),
                text(ref, "name"),
                defaultKind,
                defaultNamespace);
    }

    static EntityRef fromMap(Map<String, ?> ref, @Nullable String defaultKind, String defaultNamespace) {
        return compound(
                ref.toString(),
                text(ref, "kind"),
                text(ref, "namespace"),
                text(ref, "name"),
                defaultKind,
                defaultNamespace);
    }

    private static EntityRef compound(
            String shown,
            @Nullable String kind,
            @Nullable String namespace,
            @Nullable String name,
            @Nullable String defaultKind,
            String defaultNamespace) {
        if (name == null || name.isBlank()) {
            throw new InvalidEntityRefException(
                    "Compound entity reference " + shown + " has no name; add one, e.g. {kind: Group, name: team-a}.");
        }
        return complete(shown, kind, namespace, name, defaultKind, defaultNamespace);
    }

    private static EntityRef complete(
            String shown,
            @Nullable String kind,
            @Nullable String namespace,
            String name,
            @Nullable String defaultKind,
            String defaultNamespace) {
        String resolvedKind = kind != null && !kind.isBlank() ? kind : defaultKind;
        if (resolvedKind == null || resolvedKind.isBlank()) {
            throw new InvalidEntityRefException("Entity reference '" + shown
                    + "' has no kind and none can be assumed here; prefix the kind, e.g. component:" + name + ".");
        }
        String resolvedNamespace = namespace != null && !namespace.isBlank() ? namespace : defaultNamespace;
        return new EntityRef(resolvedKind, resolvedNamespace, name);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidEntityRefException("Compound entity reference " + node + " has a non-string " + field
                    + "; write it as text, e.g. " + field + ": " + value.asString("example") + ".");
        }
        return value.asString();
    }

    private static @Nullable String text(Map<String, ?> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof CharSequence text)) {
            throw new InvalidEntityRefException("Compound entity reference " + map + " has a non-string " + field + " ("
                    + value + "); write it as text.");
        }
        return text.toString();
    }
}
