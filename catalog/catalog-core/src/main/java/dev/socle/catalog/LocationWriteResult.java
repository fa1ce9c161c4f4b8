package dev.socle.catalog;

import dev.socle.catalog.model.EntityRef;
import java.util.List;

/**
 * What storing one location snapshot changed.
 *
 * @param created entities stored for the first time
 * @param updated entities of this location whose served body changed
 * @param unchanged entities read again without any change (nothing written)
 * @param kept stored entities kept at their last good version because their file or document failed
 * @param orphaned entities no longer emitted, now flagged as orphans
 * @param deleted entities no longer emitted, now deleted
 * @param restitched entities of other locations whose relations changed because of this snapshot
 * @param conflicts entities this location emits but another location already owns; they were not stored
 */
public record LocationWriteResult(
        int created,
        int updated,
        int unchanged,
        int kept,
        int orphaned,
        int deleted,
        int restitched,
        List<EntityRef> conflicts) {

    public LocationWriteResult {
        conflicts = List.copyOf(conflicts);
    }
}
