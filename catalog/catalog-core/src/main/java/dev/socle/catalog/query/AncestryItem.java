package dev.socle.catalog.query;

import dev.socle.catalog.model.EntityRef;
import java.util.List;

/**
 * One entity of an ancestry and what it was emitted by.
 *
 * @param entity the entity
 * @param parentEntityRefs the entities that emitted it (none yet: locations are not entities in Socle)
 */
public record AncestryItem(StoredEntity entity, List<EntityRef> parentEntityRefs) {

    public AncestryItem {
        parentEntityRefs = List.copyOf(parentEntityRefs);
    }
}
