package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Recomputes the served body and etag of entities from their content and every relation that starts at them, in
 * chunks: one query for their rows, one for their relations, then batched writes of rows and history. The content is
 * the snapshot's for new and changed entities, and else the served body itself, which the assembler turns back into
 * the same body given the same relations. An entity is only rewritten and recorded in history when its etag
 * changes. The history rows carry the new served body, which is what the search index follows.
 */
@Component
class EntityStitcher {

    private static final Logger log = LoggerFactory.getLogger(EntityStitcher.class);
    private static final int MAX_ATTEMPTS = 5;

    private final EntityRows entities;
    private final RelationRows relations;
    private final HistoryRows history;

    public EntityStitcher(EntityRows entities, RelationRows relations, HistoryRows history) {
        this.entities = entities;
        this.relations = relations;
        this.history = history;
    }

    /** Stitches entities whose relations may have changed; missing refs are skipped. */
    public StitchOutcome stitch(Collection<String> refs, ChangeContext context) {
        return stitch(refs, StitchScope.NEIGHBOURS, context);
    }

    /**
     * Stitches the given entities.
     *
     * @param refs lower-cased refs; missing ones are skipped
     * @param scope which of them are new, were re-emitted or are to be orphaned
     */
    public StitchOutcome stitch(Collection<String> refs, StitchScope scope, ChangeContext context) {
        StitchOutcome outcome = StitchOutcome.NONE;
        for (List<String> chunk : Chunks.of(refs)) {
            List<String> pending = chunk;
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == MAX_ATTEMPTS) {
                    log.warn(
                            "Entities {} changed under {} stitches in a row; their next refresh stitches them again",
                            pending,
                            MAX_ATTEMPTS);
                    break;
                }
                Stitched stitched = stitchChunk(pending, scope, context);
                outcome = outcome.plus(stitched.outcome());
                pending = stitched.overtaken();
            }
        }
        return outcome;
    }

    /** Stitches the chunk; entities that another stitch changed meanwhile are left out and returned. */
    private Stitched stitchChunk(List<String> chunk, StitchScope scope, ChangeContext context) {
        Map<String, StoredEntityRow> rows = new HashMap<>(entities.rowsOf(
                chunk.stream().filter(ref -> !scope.created().contains(ref)).toList()));
        Map<String, List<StoredRelation>> outgoing = relations.outgoing(chunk);
        List<EntityWrite> inserts = new ArrayList<>();
        List<HistoryRow> recorded = new ArrayList<>();
        List<PlannedWrite> writes = new ArrayList<>();
        for (String ref : chunk) {
            EntityWrite pending = scope.unsaved().get(ref);
            List<StoredRelation> relationsOf = outgoing.getOrDefault(ref, List.of());
            StoredEntityRow row = rows.get(ref);
            if (row == null) {
                if (pending != null && scope.created().contains(ref)) {
                    FinalBody body = assemble(pending, relationsOf);
                    EntityWrite whole = pending.served(body.json(), body.etag());
                    inserts.add(whole);
                    recorded.add(historyRow(ref, whole.uid(), whole.locationId(), Change.CREATED, null, body, context));
                }
                continue;
            }
            PlannedWrite write = plan(ref, row, pending, relationsOf, scope, context);
            if (write != null) {
                writes.add(write);
            }
        }
        entities.insert(inserts);
        boolean[] applied = entities.updateServed(
                writes.stream().map(PlannedWrite::served).toList(),
                writes.stream().map(PlannedWrite::previousEtag).toList());
        int created = inserts.size();
        int updated = 0;
        int orphaned = 0;
        int restitched = 0;
        List<String> overtaken = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            PlannedWrite write = writes.get(i);
            HistoryRow change = write.history();
            if (!applied[i]) {
                overtaken.add(write.served().ref());
            } else if (change != null) {
                recorded.add(change);
                switch (write.change()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case ORPHANED -> orphaned++;
                    case RESTITCHED -> restitched++;
                    case SAME_BODY -> {}
                }
            }
        }
        history.append(recorded);
        return new Stitched(new StitchOutcome(created, updated, orphaned, restitched), overtaken);
    }

    /**
     * What to write for an entity that has a row: its new content served with its relations, or its stored body
     * served again with its relations; {@code null} when that gives the body it serves already.
     */
    private static @Nullable PlannedWrite plan(
            String ref,
            StoredEntityRow row,
            @Nullable EntityWrite pending,
            List<StoredRelation> relationsOf,
            StitchScope scope,
            ChangeContext context) {
        boolean orphaning = scope.orphaning().contains(ref);
        ServedBody served;
        FinalBody body;
        if (pending != null) {
            body = assemble(pending, relationsOf);
            served = new ServedBody(
                    ref,
                    row.uid(),
                    pending.locationId(),
                    body.json(),
                    body.etag(),
                    pending.contentHash(),
                    pending.orphan(),
                    context.now());
        } else {
            // A served body re-assembled with the same relations is itself: its content is what it serves
            boolean orphan = row.orphan() || orphaning;
            body = FinalBodyAssembler.assemble(
                    row.uid(),
                    JsonText.parseObject(row.finalBody()),
                    row.managedByLocation(),
                    row.managedByOriginLocation(),
                    orphan,
                    relationsOf);
            if (body.etag().equals(row.etag()) && !orphaning) {
                return null;
            }
            served = new ServedBody(
                    ref,
                    row.uid(),
                    row.locationId(),
                    body.json(),
                    body.etag(),
                    row.contentHash(),
                    orphan,
                    context.now());
        }
        Change change;
        if (body.etag().equals(row.etag())) {
            change = Change.SAME_BODY;
        } else if (scope.created().contains(ref) || EntityWrites.UNSTITCHED.equals(row.etag())) {
            change = Change.CREATED;
        } else if (orphaning) {
            change = Change.ORPHANED;
        } else {
            change = scope.drafted().contains(ref) ? Change.UPDATED : Change.RESTITCHED;
        }
        HistoryRow history = switch (change) {
            case SAME_BODY -> null;
            case CREATED -> historyRow(ref, row.uid(), served.locationId(), change, null, body, context);
            case UPDATED, ORPHANED, RESTITCHED ->
                historyRow(ref, row.uid(), served.locationId(), change, diff(row.finalBody(), body), body, context);
        };
        return new PlannedWrite(served, row.etag(), change, history);
    }

    private record Stitched(StitchOutcome outcome, List<String> overtaken) {}

    /**
     * The served body a stitch writes over an entity's row, applied only if the row still has the etag it was
     * planned from.
     *
     * @param history the history entry it records, {@code null} when the served body is the same
     */
    private record PlannedWrite(
            ServedBody served,
            String previousEtag,
            Change change,
            @Nullable HistoryRow history) {}

    /** How a stitch changes an entity's served body, with the history entry and the count it gives. */
    enum Change {
        /** Served for the first time. */
        CREATED("created"),
        /** New content from its location. */
        UPDATED("updated"),
        /** Its location no longer emits it. */
        ORPHANED("orphaned"),
        /** Same content, other relations: recorded as an update. */
        RESTITCHED("updated"),
        /** Rewritten with the body it served already: nothing is recorded. */
        SAME_BODY("");

        private final String history;

        Change(String history) {
            this.history = history;
        }

        /** The entry in the history table's {@code change} column. */
        String history() {
            return history;
        }
    }

    private static FinalBody assemble(EntityWrite pending, List<StoredRelation> relations) {
        return FinalBodyAssembler.assemble(
                pending.uid(),
                JsonText.parseObject(pending.processedBody()),
                pending.managedByLocation(),
                pending.managedByOriginLocation(),
                pending.orphan(),
                relations);
    }

    private static String diff(String previousBody, FinalBody body) {
        JsonNode previous = JsonText.parse(previousBody);
        return JsonText.write(JsonDiff.diff(previous, body.tree()));
    }

    private static HistoryRow historyRow(
            String ref,
            UUID uid,
            @Nullable UUID locationId,
            Change change,
            @Nullable String diff,
            FinalBody body,
            ChangeContext context) {
        return new HistoryRow(
                ref,
                uid,
                context.now(),
                change.history(),
                context.trigger(),
                context.actor(),
                locationId,
                context.commitFor(locationId),
                diff,
                body.json());
    }

    /**
     * What a stitch should know about the entities it stitches.
     *
     * @param created refs stored for the first time in this snapshot
     * @param drafted refs whose content this snapshot wrote
     * @param orphaning refs to flag as orphans
     * @param unsaved new and changed entities whose content is not stored yet: the stitch inserts new ones whole
     *     and writes the served body of changed ones
     */
    record StitchScope(Set<String> created, Set<String> drafted, Set<String> orphaning, UnsavedEntities unsaved) {

        static final StitchScope NEIGHBOURS = new StitchScope(Set.of(), Set.of(), Set.of(), UnsavedEntities.NONE);
    }
}
