package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every column of a {@code catalog_entity} row to insert or update.
 *
 * @param uid the entity's uid
 * @param ref lower-cased entity ref
 * @param kind lower-cased kind
 * @param namespace lower-cased namespace
 * @param name lower-cased name
 * @param title lower-cased title, capped, or {@code null}
 * @param locationId owning location, or {@code null}
 * @param sourceFile file read from, or {@code null}
 * @param managedByLocation managed-by annotation value, or {@code null}
 * @param managedByOriginLocation managed-by-origin annotation value, or {@code null}
 * @param processedBody body as ingested: held until the stitch assembles the served body from it, never stored
 * @param finalBody body as served
 * @param etag etag of the served body
 * @param contentHash hash of what the location emitted
 * @param orphan whether orphaned
 * @param createdAt when first stored
 * @param updatedAt when last written
 * @param parentRef lower-cased ref of the Location entity that led to it, or {@code null}
 */
record EntityWrite(
        UUID uid,
        String ref,
        String kind,
        String namespace,
        String name,
        @Nullable String title,
        @Nullable UUID locationId,
        @Nullable String sourceFile,
        @Nullable String managedByLocation,
        @Nullable String managedByOriginLocation,
        String processedBody,
        String finalBody,
        String etag,
        String contentHash,
        boolean orphan,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String parentRef) {

    /** The same row with its stitched served body. */
    public EntityWrite served(String body, String bodyEtag) {
        return new EntityWrite(
                uid,
                ref,
                kind,
                namespace,
                name,
                title,
                locationId,
                sourceFile,
                managedByLocation,
                managedByOriginLocation,
                processedBody,
                body,
                bodyEtag,
                contentHash,
                orphan,
                createdAt,
                updatedAt,
                parentRef);
    }

    /** The same row without its processed body, to keep while the body waits elsewhere. */
    EntityWrite withoutContent() {
        return withContent("");
    }

    /** The same row with the given processed body. */
    EntityWrite withContent(String body) {
        return new EntityWrite(
                uid,
                ref,
                kind,
                namespace,
                name,
                title,
                locationId,
                sourceFile,
                managedByLocation,
                managedByOriginLocation,
                body,
                finalBody,
                etag,
                contentHash,
                orphan,
                createdAt,
                updatedAt,
                parentRef);
    }
}
