package dev.socle.catalog.store;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.LocationSnapshotCommand;
import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides, from a location snapshot and the stored state, which entities are new, changed, unchanged, in conflict,
 * kept, orphaned or deleted. Unchanged entities are recognised by comparing content hashes in memory.
 */
public final class SnapshotPlanner {

    private SnapshotPlanner() {
    }

    /**
     * @param own stored entities of the location, by lower-cased ref
     * @param others stored entities of other locations (or none) among the refs the snapshot emits
     */
    public static SnapshotPlan plan(LocationSnapshotCommand command, String managedBy,
            Map<String, EntityState> own, Map<String, EntityState> others) {
        UUID locationId = command.locationId();
        List<ProblemRow> problems = new ArrayList<>();
        for (DescriptorProblem problem : command.problems()) {
            problems.add(new ProblemRow(problem.file(), problem.line(), problem.column(), problem.message(), "error",
                    null, command.sourceCommit()));
        }
        Map<String, IngestedEntity> incoming = distinct(command, problems);
        Map<String, EntityDraft> drafts = new LinkedHashMap<>();
        List<RelationRow> relationRows = new ArrayList<>();
        Map<EntityRef, UUID> conflicts = new LinkedHashMap<>();
        Map<EntityRef, String> conflictFiles = new LinkedHashMap<>();
        int unchanged = 0;
        for (Map.Entry<String, IngestedEntity> entry : incoming.entrySet()) {
            String ref = entry.getKey();
            IngestedEntity ingested = entry.getValue();
            EntityState state = own.containsKey(ref) ? own.get(ref) : others.get(ref);
            if (state != null && !locationId.equals(state.locationId()) && !state.orphan()
                    && state.locationId() != null) {
                conflicts.put(ingested.ref(), state.locationId());
                conflictFiles.put(ingested.ref(), fileOf(ingested.sourceFile()));
                continue;
            }
            ObjectNode processed = processedBody(ingested);
            String processedJson = JsonText.write(processed);
            String hash = ContentHash.of(processedJson, relationsKey(ingested.relations()), managedBy,
                    fileOf(ingested.sourceFile()));
            if (state != null && locationId.equals(state.locationId()) && !state.orphan()
                    && hash.equals(state.contentHash())) {
                unchanged++;
                continue;
            }
            drafts.put(ref, new EntityDraft(ref, state == null ? UUID.randomUUID() : state.uid(), state == null,
                    locationId, ingested.sourceFile(), managedBy, processed, processedJson, hash));
            for (Relation relation : ingested.relations()) {
                relationRows.add(new RelationRow(lowerRef(relation.source()), relation.type(),
                        relation.target().canonical(), ref));
            }
        }
        Set<String> failedRefs = new HashSet<>();
        command.failedRefs().forEach(failed -> failedRefs.add(lowerRef(failed)));
        Set<String> orphaning = new HashSet<>();
        List<EntityState> deleting = new ArrayList<>();
        int kept = 0;
        for (EntityState state : own.values()) {
            if (incoming.containsKey(state.ref())) {
                continue;
            }
            if (failedRefs.contains(state.ref())
                    || state.sourceFile() != null && command.failedFiles().contains(state.sourceFile())) {
                kept++;
                problems.add(new ProblemRow(fileOf(state.sourceFile()), 0, 0, "Could not read " + state.ref()
                        + " from " + fileOf(state.sourceFile()) + " this time, so the catalog keeps its last good"
                        + " version; fix the problems reported for that file.", "error", state.ref(),
                        command.sourceCommit()));
            } else if (command.orphanStrategy() == OrphanStrategy.DELETE) {
                deleting.add(state);
            } else if (!state.orphan()) {
                orphaning.add(state.ref());
            }
        }
        return new SnapshotPlan(drafts, relationRows, unchanged, kept, orphaning, deleting, conflicts,
                conflictFiles, problems);
    }

    private static Map<String, IngestedEntity> distinct(LocationSnapshotCommand command, List<ProblemRow> problems) {
        Map<String, IngestedEntity> incoming = new LinkedHashMap<>();
        for (IngestedEntity ingested : command.entities()) {
            String ref = lowerRef(ingested.ref());
            IngestedEntity first = incoming.putIfAbsent(ref, ingested);
            if (first != null) {
                problems.add(new ProblemRow(fileOf(ingested.sourceFile()), 0, 0, "Entity " + ingested.ref()
                        + " is defined twice in this location, in " + fileOf(first.sourceFile()) + " and "
                        + fileOf(ingested.sourceFile()) + "; the first was stored. Remove or rename one of them.",
                        "error", ref, command.sourceCommit()));
            }
        }
        return incoming;
    }

    /** The entity as ingested, without relations, uid and etag: what the location said. */
    static ObjectNode processedBody(IngestedEntity ingested) {
        ObjectNode json = ingested.entity().toJson();
        json.remove("relations");
        if (json.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove("uid");
            metadata.remove("etag");
        }
        return json;
    }

    private static String relationsKey(List<Relation> relations) {
        return String.join("\n", relations.stream()
                .map(relation -> relation.source().canonical() + " " + relation.type() + " "
                        + relation.target().canonical())
                .sorted()
                .toList());
    }

    public static String lowerRef(EntityRef ref) {
        return ref.canonical().toLowerCase(Locale.ROOT);
    }

    private static String fileOf(@Nullable String file) {
        return file == null ? "" : file;
    }
}
