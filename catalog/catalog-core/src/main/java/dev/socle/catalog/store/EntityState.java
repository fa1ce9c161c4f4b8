package dev.socle.catalog.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the write path needs to know about a stored entity to decide whether to touch it.
 *
 * @param uid the entity's uid
 * @param ref lower-cased entity ref
 * @param locationId the owning location, or {@code null}
 * @param contentHash hash of what the location emitted for it
 * @param orphan whether its location no longer emits it
 * @param sourceFile the file it was read from, or {@code null}
 */
record EntityState(
        UUID uid,
        String ref,
        @Nullable UUID locationId,
        String contentHash,
        boolean orphan,
        @Nullable String sourceFile) {}
