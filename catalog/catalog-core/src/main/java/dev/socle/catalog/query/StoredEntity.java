package dev.socle.catalog.query;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entity as the catalog serves it.
 *
 * @param uid the catalog-assigned uid
 * @param ref the entity's ref, as spelled in its body
 * @param etag changes whenever the served body changes
 * @param body the served body (with {@code metadata.uid}, {@code metadata.etag}, managed-by annotations and
 *     {@code relations}), exactly as Backstage's API serves it; parsed once per read and not shared, but copy it
 *     before changing it if the record is kept
 */
public record StoredEntity(String uid, EntityRef ref, String etag, ObjectNode body) {

    /** The served body as a typed entity, with its relations; read from the body on each call. */
    public Entity toEntity() {
        return Entity.fromJson(body);
    }
}
