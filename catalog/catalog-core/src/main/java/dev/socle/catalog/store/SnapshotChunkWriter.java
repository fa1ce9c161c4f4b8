package dev.socle.catalog.store;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.ProblemKind;
import dev.socle.catalog.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores one chunk of a location snapshot: skips entities whose content hash is unchanged, records conflicts and
 * duplicates, claims changed entities for the location and replaces the relation rows that new and changed
 * entities emit. Their content waits in the snapshot's {@link UnsavedEntities}: served bodies and history are
 * written by the stitch that follows the last chunk, when every relation of the snapshot is known, so each body is
 * written once.
 */
@Component
class SnapshotChunkWriter {

    private final EntityRows entities;
    private final RelationRows relations;

    SnapshotChunkWriter(EntityRows entities, RelationRows relations) {
        this.entities = entities;
        this.relations = relations;
    }

    public void write(SnapshotProgress progress, List<IngestedEntity> chunk) {
        List<IngestedEntity> fresh = new ArrayList<>();
        for (IngestedEntity ingested : chunk) {
            String ref = EntityWrites.lowerRef(ingested.ref());
            String file = fileOf(ingested.sourceFile());
            String first = progress.emit(ref, file);
            if (first != null) {
                progress.problem(new ProblemRow(
                        file,
                        ingested.line(),
                        ingested.column(),
                        "Entity "
                                + ingested.ref() + " is defined twice in"
                                + " this location, in " + first + " and " + file
                                + "; the first was stored. Remove or rename"
                                + " one of them.",
                        ProblemKind.ERROR,
                        ref,
                        progress.context().sourceCommit()));
            } else {
                fresh.add(ingested);
            }
        }
        Set<String> foreign = fresh.stream()
                .map(ingested -> EntityWrites.lowerRef(ingested.ref()))
                .filter(ref -> progress.ownState(ref) == null)
                .collect(Collectors.toSet());
        Map<String, EntityState> others = entities.statesOf(foreign);
        List<EntityWrite> updates = new ArrayList<>();
        List<RelationRow> relationRows = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        for (IngestedEntity ingested : fresh) {
            String ref = EntityWrites.lowerRef(ingested.ref());
            EntityState owned = progress.ownState(ref);
            EntityState state = owned != null ? owned : others.get(ref);
            if (state != null
                    && state.locationId() != null
                    && !progress.locationId().equals(state.locationId())
                    && !state.orphan()) {
                progress.conflict(
                        ingested.ref(),
                        state.locationId(),
                        new SnapshotProgress.Source(fileOf(ingested.sourceFile()), ingested.line(), ingested.column()));
                continue;
            }
            ObjectNode processed = EntityWrites.processedBody(ingested);
            String processedJson = JsonText.write(processed);
            String parent = ingested.parentRef() == null ? null : EntityWrites.lowerRef(ingested.parentRef());
            String origin = progress.managedBy();
            String managedBy = ingested.fileLocation() == null ? origin : ingested.fileLocation();
            String hash = ContentHash.of(
                    processedJson,
                    relationsKey(ingested.relations()),
                    managedBy.equals(origin) ? managedBy : managedBy + "\n" + origin,
                    fileOf(ingested.sourceFile()) + "\n" + fileOf(parent));
            if (state != null
                    && progress.locationId().equals(state.locationId())
                    && !state.orphan()
                    && hash.equals(state.contentHash())) {
                progress.unchanged();
                continue;
            }
            UUID uid = state == null ? TimeOrderedUuids.at(progress.context().now()) : state.uid();
            EntityWrite write = EntityWrites.content(
                    uid,
                    ref,
                    processed,
                    processedJson,
                    progress.locationId(),
                    ingested.sourceFile(),
                    parent,
                    managedBy,
                    origin,
                    hash,
                    progress.context().now());
            progress.draft(write, state == null);
            if (state != null) {
                updates.add(write);
                rewritten.add(ref);
            }
            relationRows.addAll(RelationRow.of(ingested.ref(), ingested.relations()));
        }
        entities.updateContent(updates);
        // Only stored entities can have emitted relation rows: a snapshot that fails removes those of the new
        // entities it had not written yet (SnapshotApplier#abandon). On a fresh PostgreSQL table without statistics
        // these lookups are sequential scans, so they are skipped where they cannot find anything.
        progress.affect(relations.endsOfRelationsEmittedBy(rewritten));
        relations.deleteEmittedBy(rewritten);
        relations.insert(relationRows);
        for (RelationRow row : relationRows) {
            progress.affect(row.sourceRef());
            if (row.inverseType() != null) {
                progress.affect(row.targetRef());
            }
        }
    }

    private static String relationsKey(List<Relation> relations) {
        return String.join(
                "\n",
                relations.stream()
                        .map(relation -> relation.source().canonical() + " " + relation.type() + " "
                                + relation.target().canonical())
                        .sorted()
                        .toList());
    }

    private static String fileOf(@Nullable String file) {
        return file == null ? "" : file;
    }
}
