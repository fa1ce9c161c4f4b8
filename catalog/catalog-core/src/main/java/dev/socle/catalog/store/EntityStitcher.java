package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes the served body and etag of entities whose content or relations changed, in chunks: one query for
 * their rows, one for their relations, then batched writes of rows and history. An entity is only rewritten and
 * recorded in history when its etag changes (or its content was re-emitted). The history rows carry the new served
 * body, which is what the search index follows.
 */
@Component
public class EntityStitcher {

    private static final int MAX_TITLE = 255;

    private final EntityRows entities;
    private final RelationRows relations;
    private final HistoryRows history;

    public EntityStitcher(EntityRows entities, RelationRows relations, HistoryRows history) {
        this.entities = entities;
        this.relations = relations;
        this.history = history;
    }

    /**
     * @param drafts new content per ref
     * @param orphaning refs to flag as orphans, content unchanged
     * @param restitch refs whose relations may have changed; missing ones are skipped
     */
    public StitchOutcome stitch(Map<String, EntityDraft> drafts, Set<String> orphaning, Set<String> restitch,
            ChangeContext context) {
        Set<String> all = new LinkedHashSet<>(drafts.keySet());
        all.addAll(orphaning);
        all.addAll(restitch);
        Counter counter = new Counter();
        for (List<String> chunk : Chunks.of(all)) {
            stitchChunk(chunk, drafts, orphaning, context, counter);
        }
        return new StitchOutcome(counter.created, counter.updated, counter.orphaned, counter.restitched);
    }

    private void stitchChunk(List<String> chunk, Map<String, EntityDraft> drafts, Set<String> orphaning,
            ChangeContext context, Counter counter) {
        List<String> stored = chunk.stream().filter(ref -> drafts.get(ref) == null || !drafts.get(ref).isNew())
                .toList();
        Map<String, StoredEntityRow> rows = entities.rowsOf(stored);
        Map<String, List<StoredRelation>> outgoing = relations.outgoing(chunk);
        Batch batch = new Batch();
        for (String ref : chunk) {
            EntityDraft draft = drafts.get(ref);
            StoredEntityRow row = rows.get(ref);
            List<StoredRelation> own = outgoing.getOrDefault(ref, List.of());
            if (draft != null) {
                stitchDraft(draft, row, own, context, batch, counter);
            } else if (row != null) {
                stitchStored(row, orphaning.contains(ref), own, context, batch, counter);
            }
        }
        entities.insert(batch.inserts);
        entities.update(batch.updates);
        history.append(batch.history);
    }

    private void stitchDraft(EntityDraft draft, @Nullable StoredEntityRow row, List<StoredRelation> own,
            ChangeContext context, Batch batch, Counter counter) {
        FinalBody body = FinalBodyAssembler.assemble(draft.uid(), draft.processedBody(), draft.managedByLocation(),
                draft.managedByLocation(), false, own);
        EntityWrite write = write(draft.uid(), draft.ref(), draft.processedBody(), draft.processedJson(),
                draft.locationId(),
                draft.sourceFile(), draft.managedByLocation(), body, draft.contentHash(), false,
                row == null ? context.now() : row.createdAt(), context.now());
        if (row == null) {
            batch.inserts.add(write);
            batch.history.add(historyRow(write, "created", null, body, context));
            counter.created++;
            return;
        }
        batch.updates.add(write);
        if (!body.etag().equals(row.etag())) {
            recordChange(row, write, body, "updated", context, batch);
            counter.updated++;
        }
    }

    private void stitchStored(StoredEntityRow row, boolean orphaning, List<StoredRelation> own,
            ChangeContext context, Batch batch, Counter counter) {
        ObjectNode processed = JsonText.parseObject(row.processedBody());
        boolean orphan = row.orphan() || orphaning;
        FinalBody body = FinalBodyAssembler.assemble(row.uid(), processed, row.managedByLocation(),
                row.managedByOriginLocation(), orphan, own);
        boolean changed = !body.etag().equals(row.etag());
        if (!changed && !orphaning) {
            return;
        }
        EntityWrite write = write(row.uid(), row.ref(), processed, row.processedBody(), row.locationId(),
                row.sourceFile(),
                row.managedByLocation(), body, row.contentHash(), orphan, row.createdAt(), context.now());
        batch.updates.add(write);
        if (changed) {
            recordChange(row, write, body, orphaning ? "orphaned" : "updated", context, batch);
            if (orphaning) {
                counter.orphaned++;
            } else {
                counter.restitched++;
            }
        }
    }

    private static void recordChange(StoredEntityRow row, EntityWrite write, FinalBody body, String change,
            ChangeContext context, Batch batch) {
        JsonNode previous = JsonText.parse(row.finalBody());
        JsonNode diff = JsonDiff.diff(previous, body.tree());
        batch.history.add(historyRow(write, change, JsonText.write(diff), body, context));
    }

    private static HistoryRow historyRow(EntityWrite write, String change, @Nullable String diff, FinalBody body,
            ChangeContext context) {
        return new HistoryRow(write.ref(), write.uid(), context.now(), change, context.trigger(), context.actor(),
                write.locationId(), context.commitFor(write.locationId()), diff, body.json());
    }

    private static EntityWrite write(UUID uid, String ref, ObjectNode processed, String processedJson,
            @Nullable UUID locationId,
            @Nullable String sourceFile, @Nullable String managedBy, FinalBody body, String contentHash,
            boolean orphan, java.time.Instant createdAt, java.time.Instant updatedAt) {
        JsonNode metadata = processed.path("metadata");
        return new EntityWrite(uid, ref, lower(processed.path("kind").asString("")),
                lower(metadata.path("namespace").asString("default")), lower(metadata.path("name").asString("")),
                title(metadata.get("title")), locationId, sourceFile, managedBy, managedBy,
                processedJson, body.json(), body.etag(), contentHash, orphan, createdAt, updatedAt);
    }

    private static @Nullable String title(@Nullable JsonNode title) {
        if (title == null || !title.isString()) {
            return null;
        }
        String lower = lower(title.asString());
        return lower.length() > MAX_TITLE ? lower.substring(0, MAX_TITLE) : lower;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static final class Batch {
        final List<EntityWrite> inserts = new ArrayList<>();
        final List<EntityWrite> updates = new ArrayList<>();
        final List<HistoryRow> history = new ArrayList<>();
    }

    private static final class Counter {
        int created;
        int updated;
        int orphaned;
        int restitched;
    }
}
