package dev.socle.catalog.store;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.EntityRef;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the rows the write path stores, with their lower-cased lookup columns. */
final class EntityWrites {

    /** The etag of a row whose content is stored but whose served body is not stitched yet. */
    static final String UNSTITCHED = "";

    private static final int MAX_TITLE = 255;
    static final String SOURCE_LOCATION = "backstage.io/source-location";

    private EntityWrites() {}

    public static String lowerRef(EntityRef ref) {
        return ref.canonical().toLowerCase(Locale.ROOT);
    }

    /**
     * The entity as ingested, without relations, uid and etag: what the location said; with Backstage's
     * {@code backstage.io/source-location} where the read knows it and the entity does not set it itself.
     */
    static ObjectNode processedBody(IngestedEntity ingested) {
        ObjectNode json = ingested.entity().toJson();
        json.remove("relations");
        if (json.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove("uid");
            metadata.remove("etag");
            if (ingested.sourceLocation() != null) {
                ObjectNode annotations = metadata.get("annotations") instanceof ObjectNode existing
                        ? existing
                        : metadata.putObject("annotations");
                if (!annotations.has(SOURCE_LOCATION)) {
                    annotations.put(SOURCE_LOCATION, ingested.sourceLocation());
                }
            }
        }
        return json;
    }

    /**
     * New content of an entity, not yet stitched: it has no served body until the stitch.
     *
     * @param managedBy where the file the entity was read from lives ({@code backstage.io/managed-by-location})
     * @param managedByOrigin the registered location ({@code backstage.io/managed-by-origin-location})
     */
    static EntityWrite content(
            UUID uid,
            String ref,
            ObjectNode processed,
            String processedJson,
            UUID locationId,
            @Nullable String sourceFile,
            @Nullable String parentRef,
            String managedBy,
            String managedByOrigin,
            String contentHash,
            Instant now) {
        return row(
                uid,
                ref,
                processed,
                processedJson,
                locationId,
                sourceFile,
                managedBy,
                managedByOrigin,
                UNSTITCHED,
                UNSTITCHED,
                contentHash,
                false,
                now,
                now,
                parentRef);
    }

    static EntityWrite row(
            UUID uid,
            String ref,
            JsonNode processed,
            String processedJson,
            @Nullable UUID locationId,
            @Nullable String sourceFile,
            @Nullable String managedBy,
            @Nullable String managedByOrigin,
            String finalBody,
            String etag,
            String contentHash,
            boolean orphan,
            Instant createdAt,
            Instant updatedAt,
            @Nullable String parentRef) {
        JsonNode metadata = processed.path("metadata");
        return new EntityWrite(
                uid,
                ref,
                lower(processed.path("kind").asString("")),
                lower(metadata.path("namespace").asString("default")),
                lower(metadata.path("name").asString("")),
                title(metadata.get("title")),
                locationId,
                sourceFile,
                managedBy,
                managedByOrigin,
                processedJson,
                finalBody,
                etag,
                contentHash,
                orphan,
                createdAt,
                updatedAt,
                parentRef);
    }

    private static @Nullable String title(@Nullable JsonNode title) {
        if (title == null || !title.isString()) {
            return null;
        }
        String lower = lower(title.asString());
        return lower.length() > MAX_TITLE ? lower.substring(0, MAX_TITLE) : lower;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
