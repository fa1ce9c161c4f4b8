package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stitched served body to write over an existing entity's, with what goes with it.
 *
 * @param ref lower-cased entity ref
 * @param uid the entity's uid
 * @param locationId owning location, or {@code null}
 * @param body the served body, JSON
 * @param etag its etag
 * @param contentHash hash of the content it was assembled from
 * @param orphan whether the entity is orphaned
 * @param updatedAt when it is written
 */
record ServedBody(
        String ref,
        UUID uid,
        @Nullable UUID locationId,
        String body,
        String etag,
        String contentHash,
        boolean orphan,
        Instant updatedAt) {}
