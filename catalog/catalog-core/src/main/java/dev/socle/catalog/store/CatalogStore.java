package dev.socle.catalog.store;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.LocationClaimHolder;
import dev.socle.catalog.LocationOrigin;
import dev.socle.catalog.LocationProblem;
import dev.socle.catalog.LocationType;
import dev.socle.catalog.LocationWriteResult;
import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.RegisterLocationCommand;
import dev.socle.catalog.RegisteredLocation;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The store's façade: the catalog's storage as its coordinators use it. Registered locations, the steps of a location
 * snapshot, deletes, the scheduling state of each location (claims are {@link LocationClaims}', which keep their own
 * lease lifecycle), and the entities' history that the queries read. The caller decides where transactions begin and
 * end (each method joins the caller's) and when the search index catches up: the store never calls the index, which
 * reads what the store writes. Methods that lock a location return empty when it is not registered.
 */
@Component
public class CatalogStore {

    private final LocationRepository locations;
    private final LocationScheduling scheduling;
    private final ProblemRows problems;
    private final EntityRows entities;
    private final SnapshotApplier applier;
    private final SnapshotChunkWriter chunks;
    private final EntityStitcher stitcher;
    private final EntityRemover remover;
    private final HistoryRepository history;

    CatalogStore(
            LocationRepository locations,
            LocationScheduling scheduling,
            ProblemRows problems,
            EntityRows entities,
            SnapshotApplier applier,
            SnapshotChunkWriter chunks,
            EntityStitcher stitcher,
            EntityRemover remover,
            HistoryRepository history) {
        this.locations = locations;
        this.scheduling = scheduling;
        this.problems = problems;
        this.entities = entities;
        this.applier = applier;
        this.chunks = chunks;
        this.stitcher = stitcher;
        this.remover = remover;
        this.history = history;
    }

    // Snapshots, in the order a write calls them.

    /** Locks the location and loads what it owns, to store a snapshot of it; empty when it is not registered. */
    public Optional<SnapshotProgress> beginSnapshot(UUID locationId, OrphanStrategy strategy, ChangeContext context) {
        return locations.lockById(locationId).map(location -> applier.begin(location, strategy, context));
    }

    /** Stores a chunk of the snapshot's entities with the relations they emit. */
    public void writeChunk(SnapshotProgress progress, List<IngestedEntity> chunk) {
        chunks.write(progress, chunk);
    }

    /**
     * Locks the location, orphans or deletes what it no longer emits (keeping entities whose file failed) and
     * returns what is left to stitch; empty when the location is no longer registered.
     */
    public Optional<SettledSnapshot> settle(
            SnapshotProgress progress,
            List<DescriptorProblem> readProblems,
            Set<EntityRef> failedRefs,
            Set<String> failedFiles) {
        if (locations.lockById(progress.locationId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(applier.settle(progress, readProblems, failedRefs, failedFiles));
    }

    /** Stitches one chunk of a settled snapshot (see {@link SettledSnapshot#chunks}). */
    public StitchOutcome stitch(List<String> chunk, SettledSnapshot settled, ChangeContext context) {
        return stitcher.stitch(chunk, settled.scope(), context);
    }

    /**
     * Locks the location and records its problems and status once the snapshot is stitched; empty when it is no
     * longer registered.
     */
    public Optional<LocationWriteResult> recordSnapshot(
            SnapshotProgress progress, SettledSnapshot settled, StitchOutcome stitched) {
        return locations
                .lockById(progress.locationId())
                .map(location -> applier.record(progress, location, settled, stitched));
    }

    /** Cleans up after a snapshot that failed. */
    public void abandonSnapshot(SnapshotProgress progress) {
        applier.abandon(progress);
    }

    // Deletes.

    /**
     * Locks and unregisters the location, deleting its entities (with their history and relation rows) and
     * restitching the entities they pointed at; empty when it is not registered.
     */
    public Optional<RemovedLocation> removeLocation(UUID id, ChangeContext context) {
        return locations.lockById(id).map(location -> {
            Map<String, EntityState> owned = entities.statesOfLocation(id);
            remove(List.copyOf(owned.values()), context);
            locations.delete(location);
            return new RemovedLocation(location.getType() + ":" + location.getTarget(), owned.size());
        });
    }

    /**
     * Deletes one entity with its relation rows and restitches its neighbours.
     *
     * @return whether an entity had this uid
     */
    public boolean removeEntity(UUID uid, ChangeContext context) {
        Optional<EntityState> state = entities.stateOf(uid);
        state.ifPresent(found -> remove(List.of(found), context));
        return state.isPresent();
    }

    private void remove(List<EntityState> removed, ChangeContext context) {
        Set<String> affected = remover.remove(removed, context);
        stitcher.stitch(affected, context);
    }

    // Registered locations.

    /** Registers a location, pending its first refresh. */
    public RegisteredLocation register(RegisterLocationCommand command, Instant at) {
        return view(save(command, at));
    }

    /** Registers a location claimed for {@code claimedBy} until {@code until}. */
    public RegisteredLocation registerClaimed(
            RegisterLocationCommand command, Instant at, String claimedBy, Instant until) {
        LocationRecord record = save(command, at);
        record.claim(claimedBy, at, until);
        return view(record);
    }

    private LocationRecord save(RegisterLocationCommand command, Instant at) {
        return locations.save(new LocationRecord(
                UUID.randomUUID(),
                command.type().value(),
                command.target(),
                command.branch(),
                command.path(),
                command.origin().value(),
                at,
                command.createdBy()));
    }

    /** The id of the location registered with this type and target. */
    public Optional<UUID> findLocationId(String type, String target) {
        return scheduling.findId(type, target);
    }

    public Optional<RegisteredLocation> findLocation(UUID id) {
        return locations.findById(id).map(CatalogStore::view);
    }

    /** Every registered location, oldest first. */
    public List<RegisteredLocation> locations() {
        return locations.findAll(Sort.by("createdAt", "id")).stream()
                .map(CatalogStore::view)
                .toList();
    }

    /** The locations registered from {@code origin}. */
    public List<RegisteredLocation> locationsFrom(LocationOrigin origin) {
        return locations.findByOrigin(origin.value()).stream()
                .map(CatalogStore::view)
                .toList();
    }

    /** The problems recorded by the location's last refresh, in the order they were reported. */
    public List<LocationProblem> problemsOf(UUID locationId) {
        return problems.of(locationId).stream()
                .map(row -> new LocationProblem(
                        row.file(),
                        row.line(),
                        row.column(),
                        row.message(),
                        row.kind(),
                        row.entityRef(),
                        row.sourceCommit()))
                .toList();
    }

    /** The location whose entity has this ref; empty when no entity has it, {@code null} inside when it has none. */
    public Optional<@Nullable UUID> locationOf(EntityRef ref) {
        return scheduling.locationOf(ref);
    }

    /** The location whose entity has this uid; empty when no entity has it, {@code null} inside when it has none. */
    public Optional<@Nullable UUID> locationOfUid(String uid) {
        return scheduling.locationOfUid(uid);
    }

    private static RegisteredLocation view(LocationRecord record) {
        return new RegisteredLocation(
                record.getId(),
                LocationType.of(record.getType()),
                record.getTarget(),
                record.getStatus(),
                record.getStatusMessage(),
                record.getLastRefreshedAt(),
                record.getLastCommit());
    }

    // Refresh scheduling.

    /** Records the version of the source read last, which lets the next refresh skip an unchanged source. */
    public void recordVersion(UUID id, String version, Instant at) {
        scheduling.recordVersion(id, version, at);
    }

    /** The version of the source read last, if recorded. */
    public Optional<String> lastVersion(UUID id) {
        return scheduling.lastVersion(id);
    }

    /** Makes the next refresh re-apply the source even if it has not changed, e.g. after an entity was deleted. */
    public void forgetVersion(UUID id) {
        scheduling.forgetVersion(id);
    }

    /** Records that a refresh could not read the location's source. */
    public void markFailed(UUID id, String message, Instant at) {
        scheduling.markFailed(id, message, at);
    }

    /** Forgets the recorded version of every location in error, so that each is read in full again. */
    public int forgetVersionsOfLocationsInError() {
        return scheduling.forgetVersionsOfLocationsInError();
    }

    /** The files the location's stored entities were read from. */
    public List<String> sourceFilesOf(UUID id) {
        return scheduling.sourceFilesOf(id);
    }

    /**
     * Makes the location due at once, unless another refresh holds it.
     *
     * @return who holds it, when it is being read
     */
    public Optional<LocationClaimHolder> requestRefresh(UUID id, Instant now) {
        return scheduling.requestRefresh(id, now);
    }

    // What the queries read.

    /** Every recorded change of the entity (its lower-cased ref), newest first. */
    public List<HistoryRecord> historyOf(String entityRef) {
        return history.findByEntityRefOrderByChangedAtDescIdDesc(entityRef);
    }

    /** The served body the entity (its lower-cased ref) had at the given instant; empty if it did not exist then. */
    public Optional<String> bodyAt(String entityRef, Instant at) {
        return history.findFirstByEntityRefAndChangedAtLessThanEqualOrderByChangedAtDescIdDesc(entityRef, at)
                .map(HistoryRecord::getBody);
    }
}
