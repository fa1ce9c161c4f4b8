package dev.socle.catalog.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * New content a location emitted for one entity, to be stitched and stored.
 *
 * @param ref lower-cased entity ref
 * @param uid the stored uid, or a fresh one for a new entity
 * @param isNew whether no row exists for the ref yet
 * @param locationId the emitting location
 * @param sourceFile the file it was read from, or {@code null}
 * @param managedByLocation value of the managed-by annotations, {@code type:target}
 * @param processedBody the entity JSON without relations, uid and etag
 * @param processedJson the same as stored text
 * @param contentHash hash of the processed body, emitted relations, location and file
 */
public record EntityDraft(String ref, UUID uid, boolean isNew, UUID locationId, @Nullable String sourceFile,
        String managedByLocation, ObjectNode processedBody, String processedJson, String contentHash) {
}
