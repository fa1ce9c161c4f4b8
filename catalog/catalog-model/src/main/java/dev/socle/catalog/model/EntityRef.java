package dev.socle.catalog.model;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed reference to an entity: kind, namespace and name, compared case-insensitively as Backstage does.
 *
 * <p>Fields keep the spelling they were given; {@link #canonical()} gives Backstage's stringified form
 * {@code kind:namespace/name} with kind and namespace lower-cased.
 *
 * @param kind entity kind, e.g. {@code Component}
 * @param namespace entity namespace, e.g. {@code default}
 * @param name entity name, e.g. {@code payments}
 */
public record EntityRef(String kind, String namespace, String name) {

    /** Namespace used when neither the reference nor the referring entity names one. */
    public static final String DEFAULT_NAMESPACE = "default";

    public EntityRef {
        requirePart(kind, "kind");
        requirePart(namespace, "namespace");
        requirePart(name, "name");
    }

    /** Parses a full reference; the kind is required and the namespace defaults to {@code default}. */
    public static EntityRef parse(String ref) {
        return parse(ref, null, DEFAULT_NAMESPACE);
    }

    /**
     * Parses the short form {@code [kind:][namespace/]name}.
     *
     * @param defaultKind kind used when the reference has none; {@code null} makes the kind required
     * @param defaultNamespace namespace used when the reference has none, usually the referring entity's
     */
    public static EntityRef parse(String ref, @Nullable String defaultKind, String defaultNamespace) {
        return EntityRefReader.fromString(ref, defaultKind, defaultNamespace);
    }

    /** Parses a reference given either as a string or as a compound {@code {kind, namespace, name}} object. */
    public static EntityRef parse(JsonNode ref, @Nullable String defaultKind, String defaultNamespace) {
        return EntityRefReader.fromJson(ref, defaultKind, defaultNamespace);
    }

    /** Parses a compound {@code {kind, namespace, name}} reference given as a map. */
    public static EntityRef parse(Map<String, ?> ref, @Nullable String defaultKind, String defaultNamespace) {
        return EntityRefReader.fromMap(ref, defaultKind, defaultNamespace);
    }

    /** Backstage's stringified form {@code kind:namespace/name}, kind and namespace lower-cased. */
    public String canonical() {
        return lower(kind) + ":" + lower(namespace) + "/" + name;
    }

    /** Whether this reference points at an entity of the given kind, ignoring case. */
    public boolean isKind(String otherKind) {
        return kind.equalsIgnoreCase(otherKind);
    }

    // Refs are map keys throughout ingestion, so equality and hashing fold case without building lower-cased copies.
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EntityRef ref
                && kind.equalsIgnoreCase(ref.kind)
                && namespace.equalsIgnoreCase(ref.namespace)
                && name.equalsIgnoreCase(ref.name);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * foldedHash(kind) + foldedHash(namespace)) + foldedHash(name);
    }

    @Override
    public String toString() {
        return canonical();
    }

    /** A hash equal for strings that {@link String#equalsIgnoreCase} finds equal: it folds case as that does. */
    private static int foldedHash(String value) {
        int hash = 0;
        for (int i = 0; i < value.length(); i++) {
            hash = 31 * hash + Character.toLowerCase(Character.toUpperCase(value.charAt(i)));
        }
        return hash;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static void requirePart(@Nullable String value, String part) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntityRefException("An entity reference needs a non-empty " + part + " but got '" + value
                    + "'; write it as kind:namespace/name, e.g. component:default/payments.");
        }
    }
}
