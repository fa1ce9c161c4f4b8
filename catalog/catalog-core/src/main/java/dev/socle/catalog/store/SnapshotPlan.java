package dev.socle.catalog.store;

import dev.socle.catalog.model.EntityRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What storing a location snapshot will do, decided before anything is written.
 *
 * @param drafts new or changed entities by lower-cased ref
 * @param relationRows every relation row the drafts emit
 * @param unchanged how many entities were read again without change
 * @param kept stored entities kept at their last good version
 * @param orphaning refs to flag as orphans
 * @param deleting entities to delete
 * @param conflicts refs owned by another location, with that location's id
 * @param conflictFiles the file each conflicting entity was read from
 * @param problems problems to record, conflicts excepted (they need the other location's name)
 */
public record SnapshotPlan(Map<String, EntityDraft> drafts, List<RelationRow> relationRows, int unchanged,
        int kept, Set<String> orphaning, List<EntityState> deleting, Map<EntityRef, UUID> conflicts,
        Map<EntityRef, String> conflictFiles, List<ProblemRow> problems) {
}
