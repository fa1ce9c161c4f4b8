package dev.socle.catalog.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backstage's {@code metadata} block.
 *
 * @param name entity name, unique within kind and namespace
 * @param namespace namespace, {@code default} when the descriptor gives none
 * @param title display title, or {@code null}
 * @param description free text, or {@code null}
 * @param labels label key to value, in descriptor order
 * @param annotations annotation key to value, in descriptor order
 * @param tags tags, in descriptor order
 * @param links links shown on the entity page
 * @param uid catalog-assigned id, or {@code null} before the catalog stores it
 * @param etag catalog-assigned version tag, or {@code null}
 * @param additional the other {@code metadata} fields, kept as written and in descriptor order, as Backstage keeps
 *     them (e.g. {@code metadata.generation}, or a company's own fields); copied on the way in and out
 */
public record EntityMetadata(
        String name,
        String namespace,
        @Nullable String title,
        @Nullable String description,
        Map<String, String> labels,
        Map<String, String> annotations,
        List<String> tags,
        List<EntityLink> links,
        @Nullable String uid,
        @Nullable String etag,
        ObjectNode additional) {

    /** The fields this record names; any other {@code metadata} field goes to {@link #additional()}. */
    static final Set<String> FIELDS = Set.of(
            "name", "namespace", "title", "description", "labels", "annotations", "tags", "links", "uid", "etag");

    /** Metadata without additional fields. */
    public EntityMetadata(
            String name,
            String namespace,
            @Nullable String title,
            @Nullable String description,
            Map<String, String> labels,
            Map<String, String> annotations,
            List<String> tags,
            List<EntityLink> links,
            @Nullable String uid,
            @Nullable String etag) {
        this(
                name,
                namespace,
                title,
                description,
                labels,
                annotations,
                tags,
                links,
                uid,
                etag,
                JsonNodeFactory.instance.objectNode());
    }

    public EntityMetadata {
        if (name.isBlank()) {
            throw new InvalidEntityException("metadata.name is empty; give the entity a name, e.g. name: payments.");
        }
        namespace = namespace.isBlank() ? EntityRef.DEFAULT_NAMESPACE : namespace;
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        annotations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        additional = additional.deepCopy();
        for (String field : FIELDS) {
            if (additional.has(field)) {
                throw new InvalidEntityException("metadata." + field + " is a known field and cannot also be an "
                        + "additional one; pass it as its own component.");
            }
        }
    }

    @Override
    public ObjectNode additional() {
        return additional.deepCopy();
    }

    /** Metadata with only a name, in the default namespace. */
    public static EntityMetadata named(String name) {
        return named(name, EntityRef.DEFAULT_NAMESPACE);
    }

    /** Metadata with only a name and namespace. */
    public static EntityMetadata named(String name, String namespace) {
        return new EntityMetadata(name, namespace, null, null, Map.of(), Map.of(), List.of(), List.of(), null, null);
    }

    public Optional<String> annotation(String key) {
        return Optional.ofNullable(annotations.get(key));
    }
}
