package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Deletes entities with their relation rows and a {@code deleted} history entry. Relation
 * rows other entities emitted towards them stay, so they reappear if the entity comes back.
 */
@Component
class EntityRemover {

    private final EntityRows entities;
    private final RelationRows relations;
    private final HistoryRows history;

    public EntityRemover(EntityRows entities, RelationRows relations, HistoryRows history) {
        this.entities = entities;
        this.relations = relations;
        this.history = history;
    }

    /** Deletes the entities and returns the refs of the surviving entities whose relations changed. */
    public Set<String> remove(Collection<EntityState> removed, ChangeContext context) {
        if (removed.isEmpty()) {
            return Set.of();
        }
        List<String> refs = removed.stream().map(EntityState::ref).toList();
        List<UUID> uids = removed.stream().map(EntityState::uid).toList();
        List<HistoryRow> rows = new ArrayList<>();
        for (EntityState state : removed) {
            rows.add(new HistoryRow(
                    state.ref(),
                    state.uid(),
                    context.now(),
                    "deleted",
                    context.trigger(),
                    context.actor(),
                    state.locationId(),
                    context.commitFor(state.locationId()),
                    null,
                    null));
        }
        history.append(rows);
        Set<String> affected = new HashSet<>(relations.endsOfRelationsEmittedBy(refs));
        relations.deleteEmittedBy(refs);
        entities.delete(uids);
        affected.removeAll(refs);
        return affected;
    }
}
