package dev.socle.catalog.query;

import dev.socle.catalog.model.EntityRef;
import java.util.List;

/**
 * One entity of an ancestry and what it was emitted by.
 *
 * @param entity the entity
 * @param parentEntityRefs the Location entity that led to it, if any
 */
public record AncestryItem(StoredEntity entity, List<EntityRef> parentEntityRefs) {

    public AncestryItem {
        parentEntityRefs = List.copyOf(parentEntityRefs);
    }
}
