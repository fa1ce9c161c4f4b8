package dev.socle.catalog.store;

import dev.socle.catalog.LocationWriteResult;
import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.ProblemKind;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The steps around the chunks of a location snapshot: {@link #begin} loads what the location owned, {@link #settle}
 * orphans or deletes what it no longer emits (keeping entities whose file failed) and names every entity to stitch,
 * and {@link #record} stores the location's problems and status once the stitch is done.
 */
@Component
class SnapshotApplier {

    private final EntityRows entities;
    private final ProblemRows problems;
    private final EntityRemover remover;
    private final LocationRepository locations;
    private final RelationRows relations;

    SnapshotApplier(
            EntityRows entities,
            ProblemRows problems,
            EntityRemover remover,
            LocationRepository locations,
            RelationRows relations) {
        this.relations = relations;
        this.entities = entities;
        this.problems = problems;
        this.remover = remover;
        this.locations = locations;
    }

    SnapshotProgress begin(LocationRecord location, OrphanStrategy strategy, ChangeContext context) {
        return new SnapshotProgress(
                location.getId(),
                location.managedByValue(),
                strategy,
                context,
                entities.statesOfLocation(location.getId()),
                problems.orphansOf(location.getId()),
                location.getLastCommit());
    }

    /**
     * Decides the fate of the entities the location no longer emits, deletes those to delete, and returns what is
     * left to stitch.
     *
     * @param readProblems problems found while reading, recorded with the conflicts at the end: errors as
     *     {@link ProblemKind#ERROR}, warnings as {@link ProblemKind#WARNING} about the entity they name, if any
     * @param failedRefs entities that could not be read this time
     * @param failedFiles files that could not be read or parsed
     */
    SettledSnapshot settle(
            SnapshotProgress progress,
            List<DescriptorProblem> readProblems,
            Set<EntityRef> failedRefs,
            Set<String> failedFiles) {
        for (DescriptorProblem problem : readProblems) {
            progress.problem(new ProblemRow(
                    problem.file(),
                    problem.line(),
                    problem.column(),
                    problem.message(),
                    problem.isError() ? ProblemKind.ERROR : ProblemKind.WARNING,
                    problem.isError() || problem.entityRef() == null
                            ? null
                            : EntityWrites.lowerRef(problem.entityRef()),
                    progress.context().sourceCommit()));
        }
        Set<String> failed = failedRefs.stream().map(EntityWrites::lowerRef).collect(Collectors.toSet());
        Set<String> orphaning = new HashSet<>();
        List<EntityState> deleting = new ArrayList<>();
        int kept = 0;
        for (EntityState state : progress.owned()) {
            if (progress.emitted(state.ref())) {
                continue;
            }
            if (failed.contains(state.ref())
                    || state.sourceFile() != null && failedFiles.contains(state.sourceFile())) {
                kept++;
                progress.problem(new ProblemRow(
                        fileOf(state.sourceFile()),
                        0,
                        0,
                        "Could not read "
                                + state.ref() + " from " + fileOf(state.sourceFile())
                                + " this time, so the catalog keeps"
                                + " its last good version; fix the problems reported for that file.",
                        ProblemKind.KEPT,
                        state.ref(),
                        progress.context().sourceCommit()));
            } else if (progress.orphanStrategy() == OrphanStrategy.DELETE) {
                deleting.add(state);
            } else {
                if (!state.orphan()) {
                    orphaning.add(state.ref());
                }
                progress.problem(orphanSeen(progress, state));
            }
        }
        Set<String> affected = new LinkedHashSet<>(progress.affected());
        affected.addAll(remover.remove(deleting, progress.context()));
        deleting.forEach(state -> affected.remove(state.ref()));
        Set<String> stitch = new LinkedHashSet<>(progress.drafted());
        stitch.addAll(orphaning);
        stitch.addAll(affected);
        return new SettledSnapshot(List.copyOf(stitch), progress.stitchScope(orphaning), kept, deleting.size());
    }

    /**
     * Where an orphan was last seen: recorded when it is orphaned (its file, and the commit the location's previous
     * read stored), and carried over by every later read while it stays an orphan.
     */
    private static ProblemRow orphanSeen(SnapshotProgress progress, EntityState state) {
        ProblemRow seen = progress.orphanSeen(state.ref());
        if (state.orphan() && seen != null) {
            return seen;
        }
        String file = fileOf(state.sourceFile());
        String commit = state.orphan() ? null : progress.previousCommit();
        String now = progress.context().sourceCommit();
        return new ProblemRow(
                file,
                0,
                0,
                "Location " + progress.managedBy() + " no longer emits this entity"
                        + (state.orphan() || now == null ? "" : " as of commit " + now) + "; it was last seen in "
                        + (file.isEmpty() ? "the location's descriptors" : file)
                        + (commit == null ? "" : " at commit " + commit) + ".",
                ProblemKind.ORPHAN,
                state.ref(),
                commit);
    }

    /**
     * Cleans up after a snapshot that failed: the relation rows of new entities whose row was never written would
     * otherwise show on their targets. Entities already written are simply stored again by the next read.
     */
    void abandon(SnapshotProgress progress) {
        relations.deleteEmittedByMissing(progress.unsavedRefs());
    }

    /** Stores the location's problems (conflicts included) and status, and sums up what the snapshot changed. */
    LocationWriteResult record(
            SnapshotProgress progress, LocationRecord location, SettledSnapshot settled, StitchOutcome stitched) {
        List<ProblemRow> all = new ArrayList<>(progress.problems());
        all.addAll(conflictProblems(progress));
        problems.replace(location.getId(), all);
        String summary = ProblemRow.summary(all);
        location.refreshed(
                progress.context().now(), progress.context().sourceCommit(), summary == null ? "ok" : "error", summary);
        return new LocationWriteResult(
                stitched.created(),
                stitched.updated(),
                progress.unchangedCount(),
                settled.kept(),
                stitched.orphaned(),
                settled.deleted(),
                stitched.restitched(),
                List.copyOf(progress.conflicts().keySet()));
    }

    private List<ProblemRow> conflictProblems(SnapshotProgress progress) {
        Map<UUID, LocationRecord> owners = locations
                .findAllById(new HashSet<>(progress.conflicts().values()))
                .stream()
                .collect(Collectors.toMap(LocationRecord::getId, Function.identity()));
        List<ProblemRow> rows = new ArrayList<>();
        for (Map.Entry<EntityRef, UUID> conflict : progress.conflicts().entrySet()) {
            LocationRecord owner = owners.get(conflict.getValue());
            String ownerName = owner == null
                    ? conflict.getValue().toString()
                    : owner.managedByValue() + " (" + owner.getId() + ")";
            SnapshotProgress.Source source = progress.conflictSource(conflict.getKey());
            rows.add(new ProblemRow(
                    source == null ? "" : source.file(),
                    source == null ? 0 : source.line(),
                    source == null ? 0 : source.column(),
                    "Entity " + conflict.getKey() + " is already provided by location " + ownerName
                            + ", so this location's copy was not stored. Unregister one of the two locations, or"
                            + " rename the entity in one of them.",
                    ProblemKind.CONFLICT,
                    EntityWrites.lowerRef(conflict.getKey()),
                    progress.context().sourceCommit()));
        }
        return rows;
    }

    private static String fileOf(@Nullable String file) {
        return file == null ? "" : file;
    }
}
