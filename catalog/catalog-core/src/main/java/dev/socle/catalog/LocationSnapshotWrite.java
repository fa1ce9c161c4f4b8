package dev.socle.catalog;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.store.SnapshotProgress;
import java.util.List;
import java.util.Set;

/**
 * A location snapshot being stored chunk by chunk; see {@link CatalogWriter#beginSnapshot}. Not thread-safe: add
 * chunks from one thread, then finish once.
 */
public final class LocationSnapshotWrite {

    /** Entities per chunk that keep a transaction and its memory small. */
    public static final int CHUNK = 1000;

    private final CatalogWriter writer;
    private final SnapshotProgress progress;

    LocationSnapshotWrite(CatalogWriter writer, SnapshotProgress progress) {
        this.writer = writer;
        this.progress = progress;
    }

    /** Stores the entities, each with the relations it emits; an entity emitted twice is stored once. */
    public void add(List<IngestedEntity> entities) {
        writer.addChunk(progress, entities);
    }

    /**
     * Orphans or deletes what the location no longer emits, stitches every entity this snapshot touched and records
     * the location's problems and status.
     *
     * @param problems what went wrong while reading
     * @param failedRefs entities that could not be read this time (kept as they were)
     * @param failedFiles files that could not be read or parsed (their entities are kept as they were)
     */
    public LocationWriteResult finish(
            List<DescriptorProblem> problems, Set<EntityRef> failedRefs, Set<String> failedFiles) {
        return writer.finish(progress, problems, failedRefs, failedFiles);
    }

    /** Gives the snapshot up after a failure, removing what only its unfinished entities needed. */
    public void abandon() {
        writer.abandon(progress);
    }
}
