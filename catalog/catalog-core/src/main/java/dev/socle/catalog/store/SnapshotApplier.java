package dev.socle.catalog.store;

import dev.socle.catalog.LocationSnapshotCommand;
import dev.socle.catalog.LocationWriteResult;
import dev.socle.catalog.model.EntityRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Stores a location snapshot: plans it against the stored state (two bulk reads), replaces the relation rows of
 * changed entities, deletes or orphans what is gone, stitches every entity whose content or relations changed,
 * and records the location's problems and status.
 */
@Component
public class SnapshotApplier {

    private final EntityRows entities;
    private final RelationRows relations;
    private final ProblemRows problems;
    private final EntityStitcher stitcher;
    private final EntityRemover remover;
    private final LocationRepository locations;

    public SnapshotApplier(EntityRows entities, RelationRows relations, ProblemRows problems,
            EntityStitcher stitcher, EntityRemover remover, LocationRepository locations) {
        this.entities = entities;
        this.relations = relations;
        this.problems = problems;
        this.stitcher = stitcher;
        this.remover = remover;
        this.locations = locations;
    }

    public LocationWriteResult apply(LocationRecord location, LocationSnapshotCommand command, Instant now) {
        Map<String, EntityState> own = entities.statesOfLocation(location.getId());
        Set<String> foreign = command.entities().stream().map(ingested -> SnapshotPlanner.lowerRef(ingested.ref()))
                .filter(ref -> !own.containsKey(ref)).collect(Collectors.toSet());
        SnapshotPlan plan = SnapshotPlanner.plan(command, location.managedByValue(), own, entities.statesOf(foreign));
        ChangeContext context = new ChangeContext(command.trigger().value(), command.actor(), command.sourceCommit(),
                location.getId(), now);

        Set<String> affected = new HashSet<>(remover.remove(plan.deleting(), context));
        List<String> reemitted = plan.drafts().values().stream().filter(draft -> !draft.isNew())
                .map(EntityDraft::ref).toList();
        affected.addAll(relations.sourcesEmittedBy(reemitted));
        relations.deleteEmittedBy(reemitted);
        relations.insert(plan.relationRows());
        plan.relationRows().forEach(row -> affected.add(row.sourceRef()));
        plan.deleting().forEach(state -> affected.remove(state.ref()));
        affected.removeAll(plan.drafts().keySet());
        affected.removeAll(plan.orphaning());

        StitchOutcome outcome = stitcher.stitch(plan.drafts(), plan.orphaning(), affected, context);
        List<ProblemRow> allProblems = new ArrayList<>(plan.problems());
        allProblems.addAll(conflictProblems(plan, command.sourceCommit()));
        problems.replace(location.getId(), allProblems);
        location.refreshed(now, command.sourceCommit(), allProblems.isEmpty() ? "ok" : "error",
                statusMessage(allProblems));
        return new LocationWriteResult(outcome.created(), outcome.updated(), plan.unchanged(), plan.kept(),
                outcome.orphaned(), plan.deleting().size(), outcome.restitched(),
                List.copyOf(plan.conflicts().keySet()));
    }

    private List<ProblemRow> conflictProblems(SnapshotPlan plan, @org.jspecify.annotations.Nullable String commit) {
        Map<UUID, LocationRecord> owners = locations.findAllById(new HashSet<>(plan.conflicts().values())).stream()
                .collect(Collectors.toMap(LocationRecord::getId, Function.identity()));
        List<ProblemRow> rows = new ArrayList<>();
        for (Map.Entry<EntityRef, UUID> conflict : plan.conflicts().entrySet()) {
            LocationRecord owner = owners.get(conflict.getValue());
            String ownerName = owner == null ? conflict.getValue().toString()
                    : owner.managedByValue() + " (" + owner.getId() + ")";
            rows.add(new ProblemRow(plan.conflictFiles().getOrDefault(conflict.getKey(), ""), 0, 0,
                    "Entity " + conflict.getKey() + " is already provided by location " + ownerName
                            + ", so this location's copy was not stored. Unregister one of the two locations, or"
                            + " rename the entity in one of them.",
                    "conflict", SnapshotPlanner.lowerRef(conflict.getKey()), commit));
        }
        return rows;
    }

    private static @org.jspecify.annotations.Nullable String statusMessage(List<ProblemRow> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        String first = problems.getFirst().message();
        String message = problems.size() == 1 ? first : problems.size() + " problems; first: " + first;
        return message.length() > 4000 ? message.substring(0, 4000) : message;
    }
}
