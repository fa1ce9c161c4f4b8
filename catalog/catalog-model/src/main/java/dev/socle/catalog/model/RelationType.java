package dev.socle.catalog.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backstage's well-known relation types, each paired with its inverse. */
public enum RelationType {
    OWNED_BY("ownedBy", "ownerOf"),
    OWNER_OF("ownerOf", "ownedBy"),
    PART_OF("partOf", "hasPart"),
    HAS_PART("hasPart", "partOf"),
    PROVIDES_API("providesApi", "apiProvidedBy"),
    API_PROVIDED_BY("apiProvidedBy", "providesApi"),
    CONSUMES_API("consumesApi", "apiConsumedBy"),
    API_CONSUMED_BY("apiConsumedBy", "consumesApi"),
    DEPENDS_ON("dependsOn", "dependencyOf"),
    DEPENDENCY_OF("dependencyOf", "dependsOn"),
    PARENT_OF("parentOf", "childOf"),
    CHILD_OF("childOf", "parentOf"),
    MEMBER_OF("memberOf", "hasMember"),
    HAS_MEMBER("hasMember", "memberOf");

    private static final Map<String, RelationType> BY_VALUE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RelationType::value, Function.identity()));

    private final String value;
    private final String inverseValue;

    RelationType(String value, String inverseValue) {
        this.value = value;
        this.inverseValue = inverseValue;
    }

    /** The relation type as written in Backstage JSON, e.g. {@code ownedBy}. */
    public String value() {
        return value;
    }

    /** The type of the same edge seen from the target, e.g. {@code ownerOf} for {@code ownedBy}. */
    public RelationType inverse() {
        return from(inverseValue).orElseThrow();
    }

    /** The well-known type with this exact value, if any. */
    public static Optional<RelationType> from(String value) {
        return Optional.ofNullable(BY_VALUE.get(value));
    }

    /** The inverse of a relation type given as text; empty for types Backstage does not define. */
    public static Optional<String> inverseOf(String value) {
        return from(value).map(type -> type.inverse().value());
    }

    @Override
    public String toString() {
        return value;
    }
}
