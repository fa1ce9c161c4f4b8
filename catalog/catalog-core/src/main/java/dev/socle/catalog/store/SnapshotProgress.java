package dev.socle.catalog.store;

import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.model.EntityRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What storing one location snapshot has done so far, carried from chunk to chunk: the location's entities as
 * they were before, every ref emitted (with its file), which rows were written, which entities must be stitched,
 * and the problems and conflicts found. Holds refs, not bodies (but for a bounded number of written ones), so a
 * location of 100,000 entities stays small. Closing it deletes what was set aside on disk.
 */
public final class SnapshotProgress implements AutoCloseable {

    final UUID locationId;
    final String managedBy;
    final OrphanStrategy orphanStrategy;
    final ChangeContext context;
    final Map<String, EntityState> own;
    /** Where the location's orphans were last seen, as recorded by the refresh that orphaned them. */
    final Map<String, ProblemRow> orphansSeen;
    /** The commit the location's previous read stored, where entities it no longer emits were last seen. */
    final @Nullable String previousCommit;

    final Map<String, String> emittedFiles = new HashMap<>();
    /** In the order they were written, which the stitch follows: their relation rows lie together in that order. */
    final Set<String> drafted = new LinkedHashSet<>();

    final Set<String> created = new HashSet<>();
    final Set<String> affected = new LinkedHashSet<>();
    final List<ProblemRow> problems = new ArrayList<>();
    final Map<EntityRef, UUID> conflicts = new LinkedHashMap<>();
    /** Where this location's copy of each conflicting entity was read: its file, line and column. */
    final Map<EntityRef, Source> conflictSources = new LinkedHashMap<>();
    /** The content of new and changed entities, which the stitch writes with their served bodies. */
    final UnsavedEntities unsaved = new UnsavedEntities(UnsavedEntities.MEMORY_BUDGET);

    int unchanged;

    SnapshotProgress(
            UUID locationId,
            String managedBy,
            OrphanStrategy orphanStrategy,
            ChangeContext context,
            Map<String, EntityState> own,
            Map<String, ProblemRow> orphansSeen,
            @Nullable String previousCommit) {
        this.locationId = locationId;
        this.orphansSeen = orphansSeen;
        this.previousCommit = previousCommit;
        this.managedBy = managedBy;
        this.orphanStrategy = orphanStrategy;
        this.context = context;
        this.own = own;
    }

    public UUID locationId() {
        return locationId;
    }

    public ChangeContext context() {
        return context;
    }

    @Override
    public void close() {
        unsaved.close();
    }

    /** Where an entity was read: file, and 1-based line and column of its name (0 when unknown). */
    record Source(String file, int line, int column) {}
}
