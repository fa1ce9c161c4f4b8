package dev.socle.catalog;

import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.ChangeContext;
import dev.socle.catalog.store.RemovedLocation;
import dev.socle.catalog.store.SettledSnapshot;
import dev.socle.catalog.store.SnapshotProgress;
import dev.socle.catalog.store.StitchOutcome;
import dev.socle.plugin.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog's write path, used by ingestion and the API: stores location snapshots and deletes locations and
 * entities, keeping relations, served bodies and history consistent. Deletes are one transaction each; snapshots
 * are stored in chunks (see {@link #beginSnapshot}). Once a call's writes are committed, the search index catches up
 * before the call returns, so a caller reads its own writes. Each transaction publishes what it changed:
 * {@link EntitiesChanged} (from the history it appends), {@link LocationRefreshed} when a snapshot is recorded and
 * {@link LocationUnregistered}.
 */
@Service
public class CatalogWriter {

    private static final Logger log = LoggerFactory.getLogger(CatalogWriter.class);
    private static final int STITCH_CHUNK = 1000;

    private final CatalogStore store;
    private final CatalogIndexFeed index;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogWriter(
            CatalogStore store,
            CatalogIndexFeed index,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.index = index;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores what one read of a location produced: upserts changed entities (unchanged ones cost no write), keeps
     * entities whose files failed, orphans or deletes the rest, replaces relation rows, restitches every entity
     * whose relations changed, records history and the location's problems. Stored in chunks, each its own
     * transaction; see {@link #beginSnapshot}.
     *
     * @throws NotFoundException when the location is not registered
     */
    public LocationWriteResult applyLocationSnapshot(LocationSnapshotCommand command) {
        LocationSnapshotWrite write = beginSnapshot(
                command.locationId(),
                command.orphanStrategy(),
                command.trigger(),
                command.actor(),
                command.sourceCommit());
        List<IngestedEntity> entities = command.entities();
        try {
            for (int from = 0; from < entities.size(); from += LocationSnapshotWrite.CHUNK) {
                write.add(entities.subList(from, Math.min(entities.size(), from + LocationSnapshotWrite.CHUNK)));
            }
            return write.finish(command.problems(), command.failedRefs(), command.failedFiles());
        } catch (RuntimeException failed) {
            write.abandon();
            throw failed;
        }
    }

    /**
     * Starts storing a location snapshot that arrives in chunks, so that a location of any size is stored with
     * bounded memory: each chunk is written in its own transaction, then {@link LocationSnapshotWrite#finish}
     * orphans what the location no longer emits and stitches every entity touched. Readers may see a snapshot half
     * stored, as with Backstage's processing loop; an entity is only served once stitched.
     *
     * @throws NotFoundException when the location is not registered
     */
    public LocationSnapshotWrite beginSnapshot(
            UUID locationId,
            OrphanStrategy strategy,
            ChangeTrigger trigger,
            @Nullable String actor,
            @Nullable String sourceCommit) {
        ChangeContext context = new ChangeContext(trigger.value(), actor, sourceCommit, locationId, clock.instant());
        SnapshotProgress progress = inTransaction(() ->
                store.beginSnapshot(locationId, strategy, context).orElseThrow(() -> unknownLocation(locationId)));
        return new LocationSnapshotWrite(this, progress);
    }

    void addChunk(SnapshotProgress progress, List<IngestedEntity> chunk) {
        transactions.executeWithoutResult(status -> store.writeChunk(progress, chunk));
    }

    void abandon(SnapshotProgress progress) {
        try (progress) {
            transactions.executeWithoutResult(status -> store.abandonSnapshot(progress));
        } catch (RuntimeException cleanupFailed) {
            log.warn("Could not clean up after a failed snapshot of location {}", progress.locationId(), cleanupFailed);
        }
    }

    LocationWriteResult finish(
            SnapshotProgress progress,
            List<DescriptorProblem> problems,
            Set<EntityRef> failedRefs,
            Set<String> failedFiles) {
        try (progress) {
            LocationWriteResult result = stitch(progress, problems, failedRefs, failedFiles);
            index.ensureServed(progress.locationId());
            return result;
        }
    }

    private LocationWriteResult stitch(
            SnapshotProgress progress,
            List<DescriptorProblem> problems,
            Set<EntityRef> failedRefs,
            Set<String> failedFiles) {
        SettledSnapshot settled = inTransaction(() -> store.settle(progress, problems, failedRefs, failedFiles)
                .orElseThrow(() -> unknownLocation(progress.locationId())));
        // Chunks touch disjoint rows, so they are stitched on all cores, each in its own transaction. After a
        // failure, chunks not started yet are skipped, and the failure is thrown only once no chunk is still being
        // written, so that whoever cleans up after it sees every row the snapshot stored.
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        StitchOutcome outcome;
        try (CatalogIndexFeed.BulkWrite bulk = index.bulkWrite()) {
            outcome = settled.chunks(STITCH_CHUNK).parallelStream()
                    .map(chunk -> stitchChunk(chunk, settled, progress, failure))
                    .toList()
                    .stream()
                    .reduce(StitchOutcome.NONE, StitchOutcome::plus);
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return inTransaction(() -> {
            LocationWriteResult result = store.recordSnapshot(progress, settled, outcome)
                    .orElseThrow(() -> unknownLocation(progress.locationId()));
            events.publishEvent(new LocationRefreshed(
                    progress.locationId(), ChangeTrigger.of(progress.context().trigger()), RefreshOutcome.APPLIED));
            return result;
        });
    }

    private StitchOutcome stitchChunk(
            List<String> chunk,
            SettledSnapshot settled,
            SnapshotProgress progress,
            AtomicReference<@Nullable RuntimeException> failure) {
        if (failure.get() != null) {
            return StitchOutcome.NONE;
        }
        try {
            StitchOutcome stitched = inTransaction(() -> store.stitch(chunk, settled, progress.context()));
            index.indexPendingUnlessBusy();
            return stitched;
        } catch (RuntimeException failed) {
            RuntimeException first = failure.compareAndExchange(null, failed);
            if (first != null) {
                first.addSuppressed(failed);
            }
            return StitchOutcome.NONE;
        }
    }

    /**
     * Unregisters a location and deletes its entities (with history), their relation rows, and
     * restitches the entities they pointed at.
     *
     * @return how many entities were deleted
     * @throws NotFoundException when the location is not registered
     */
    @Transactional
    public int deleteLocation(UUID id, ChangeTrigger trigger, @Nullable String actor) {
        RemovedLocation removed =
                store.removeLocation(id, context(trigger, actor)).orElseThrow(() -> unknownLocation(id));
        indexAfterCommit();
        events.publishEvent(new LocationUnregistered(id, removed.managedByValue(), removed.entities(), trigger, actor));
        return removed.entities();
    }

    /**
     * Deletes one entity with its relation rows and restitches its neighbours. Like Backstage, an entity
     * its location still emits comes back on the next refresh.
     *
     * @throws NotFoundException when no entity has this uid
     */
    @Transactional
    public void deleteEntityByUid(String uid, ChangeTrigger trigger, @Nullable String actor) {
        boolean removed = parse(uid)
                .map(found -> store.removeEntity(found, context(trigger, actor)))
                .orElse(false);
        if (!removed) {
            throw new NotFoundException(
                    "No entity has uid '" + uid + "'; look the entity up by its ref to find its current uid.");
        }
        indexAfterCommit();
    }

    private void indexAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.catchUp();
            }
        });
    }

    private ChangeContext context(ChangeTrigger trigger, @Nullable String actor) {
        return new ChangeContext(trigger.value(), actor, null, null, clock.instant());
    }

    /** A step of a snapshot write; the index catches up once, when the whole snapshot is stored. */
    private <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(transactions.execute(status -> work.get()));
    }

    private static Optional<UUID> parse(String uid) {
        try {
            return Optional.of(UUID.fromString(uid));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static NotFoundException unknownLocation(UUID id) {
        return new NotFoundException("No location is registered with id " + id
                + "; register it first, or list the locations to find its id.");
    }
}
