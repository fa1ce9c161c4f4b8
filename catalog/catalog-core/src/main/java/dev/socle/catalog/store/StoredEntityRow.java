package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A full row of {@code catalog_entity}, as the stitcher needs it.
 *
 * @param uid the entity's uid
 * @param ref lower-cased entity ref
 * @param locationId owning location, or {@code null}
 * @param sourceFile file it was read from, or {@code null}
 * @param managedByLocation {@code backstage.io/managed-by-location}, or {@code null}
 * @param managedByOriginLocation {@code backstage.io/managed-by-origin-location}, or {@code null}
 * @param finalBody the body as served, JSON
 * @param etag the served body's etag
 * @param contentHash hash of what the location emitted
 * @param orphan whether it is orphaned
 * @param createdAt when it was first stored
 */
record StoredEntityRow(
        UUID uid,
        String ref,
        @Nullable UUID locationId,
        @Nullable String sourceFile,
        @Nullable String managedByLocation,
        @Nullable String managedByOriginLocation,
        String finalBody,
        String etag,
        String contentHash,
        boolean orphan,
        Instant createdAt) {}
