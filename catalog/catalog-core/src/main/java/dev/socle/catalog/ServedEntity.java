package dev.socle.catalog;

import dev.socle.catalog.query.StoredEntity;
import java.util.List;

/**
 * An entity as the catalog serves it, with its status: every problem a location recorded about it.
 *
 * @param entity the entity; {@link StoredEntity#toEntity()} gives it as a typed {@link dev.socle.catalog.model.Entity}
 * @param status its status items, in the order they were recorded; empty when there is nothing to say
 */
public record ServedEntity(StoredEntity entity, List<EntityStatusItem> status) {

    public ServedEntity {
        status = List.copyOf(status);
    }
}
