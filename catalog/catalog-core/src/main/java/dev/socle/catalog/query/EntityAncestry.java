package dev.socle.catalog.query;

import dev.socle.catalog.model.EntityRef;
import java.util.List;

/**
 * Backstage's ancestry response: the entity and the chain of Location entities that led to it.
 *
 * @param rootEntityRef the entity asked about
 * @param items the entity first, then its ancestors
 */
public record EntityAncestry(EntityRef rootEntityRef, List<AncestryItem> items) {

    public EntityAncestry {
        items = List.copyOf(items);
    }
}
