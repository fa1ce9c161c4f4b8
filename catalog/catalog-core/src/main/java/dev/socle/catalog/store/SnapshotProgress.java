package dev.socle.catalog.store;

import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.model.EntityRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * location of 100,000 entities stays small. Its state changes only through its methods, in the order of the steps:
 * chunks ({@link SnapshotChunkWriter}) emit, draft and record; settling ({@link SnapshotApplier#settle}) reads what
 * was emitted and names what to stitch. Closing it deletes what was set aside on disk.
 */
public final class SnapshotProgress implements AutoCloseable {

    private final UUID locationId;
    private final String managedBy;
    private final OrphanStrategy orphanStrategy;
    private final ChangeContext context;
    private final Map<String, EntityState> own;
    /** Where the location's orphans were last seen, as recorded by the refresh that orphaned them. */
    private final Map<String, ProblemRow> orphansSeen;
    /** The commit the location's previous read stored, where entities it no longer emits were last seen. */
    private final @Nullable String previousCommit;

    private final Map<String, String> emittedFiles = new HashMap<>();
    /** In the order they were written, which the stitch follows: their relation rows lie together in that order. */
    private final Set<String> drafted = new LinkedHashSet<>();

    private final Set<String> created = new HashSet<>();
    private final Set<String> affected = new LinkedHashSet<>();
    private final List<ProblemRow> problems = new ArrayList<>();
    private final Map<EntityRef, UUID> conflicts = new LinkedHashMap<>();
    /** Where this location's copy of each conflicting entity was read: its file, line and column. */
    private final Map<EntityRef, Source> conflictSources = new LinkedHashMap<>();
    /** The content of new and changed entities, which the stitch writes with their served bodies. */
    private final UnsavedEntities unsaved = new UnsavedEntities(UnsavedEntities.MEMORY_BUDGET);

    private int unchanged;

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

    /** The registered location, {@code type:target}. */
    String managedBy() {
        return managedBy;
    }

    OrphanStrategy orphanStrategy() {
        return orphanStrategy;
    }

    @Nullable
    String previousCommit() {
        return previousCommit;
    }

    // What the chunks do

    /**
     * Notes that the snapshot emits the entity, read from {@code file}.
     *
     * @return the file that emitted it first, when it was emitted before; {@code null} the first time
     */
    @Nullable
    String emit(String ref, String file) {
        return emittedFiles.putIfAbsent(ref, file);
    }

    /** The location's own entity as it was before this snapshot, or {@code null} when it did not own it. */
    @Nullable
    EntityState ownState(String ref) {
        return own.get(ref);
    }

    /** The location emits an entity another location provides: its copy is not stored. */
    void conflict(EntityRef ref, UUID owner, Source source) {
        conflicts.put(ref, owner);
        conflictSources.put(ref, source);
    }

    /** The entity is emitted with the content it has: nothing is written for it. */
    void unchanged() {
        unchanged++;
    }

    /**
     * The entity's new content, written by the stitch that follows the last chunk.
     *
     * @param isNew whether the entity is stored for the first time
     */
    void draft(EntityWrite write, boolean isNew) {
        unsaved.add(write);
        if (isNew) {
            created.add(write.ref());
        }
        drafted.add(write.ref());
    }

    /** Entities whose relations changed, which the stitch serves again. */
    void affect(Collection<String> refs) {
        affected.addAll(refs);
    }

    void affect(String ref) {
        affected.add(ref);
    }

    void problem(ProblemRow problem) {
        problems.add(problem);
    }

    // What settling, the stitch and recording read

    boolean emitted(String ref) {
        return emittedFiles.containsKey(ref);
    }

    /** The entities the location owned before this snapshot. */
    Collection<EntityState> owned() {
        return Collections.unmodifiableCollection(own.values());
    }

    /** Where the orphan was last seen, as recorded when it was orphaned; {@code null} when not recorded. */
    @Nullable
    ProblemRow orphanSeen(String ref) {
        return orphansSeen.get(ref);
    }

    /** Entities whose relations changed with this snapshot, in the order found. */
    Set<String> affected() {
        return Collections.unmodifiableSet(affected);
    }

    /** Entities whose content this snapshot wrote, in the order written. */
    Set<String> drafted() {
        return Collections.unmodifiableSet(drafted);
    }

    /** What the stitch must know about the drafted entities, and which it flags as orphans. */
    EntityStitcher.StitchScope stitchScope(Set<String> orphaning) {
        return new EntityStitcher.StitchScope(created, drafted, orphaning, unsaved);
    }

    /** New and changed entities whose content is not stored yet. */
    List<String> unsavedRefs() {
        return List.copyOf(unsaved.refs());
    }

    List<ProblemRow> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Each entity another location provides, with that location. */
    Map<EntityRef, UUID> conflicts() {
        return Collections.unmodifiableMap(conflicts);
    }

    @Nullable
    Source conflictSource(EntityRef ref) {
        return conflictSources.get(ref);
    }

    int unchangedCount() {
        return unchanged;
    }

    @Override
    public void close() {
        unsaved.close();
    }

    /** Where an entity was read: file, and 1-based line and column of its name (0 when unknown). */
    record Source(String file, int line, int column) {}
}
