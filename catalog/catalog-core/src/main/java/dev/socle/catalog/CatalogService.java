package dev.socle.catalog;

import dev.socle.catalog.ingest.LocationRead;
import dev.socle.catalog.ingest.LocationReader;
import dev.socle.catalog.ingest.SourceSnapshot;
import dev.socle.catalog.metrics.CatalogMetrics;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.LocationClaim;
import dev.socle.catalog.store.LocationClaims;
import dev.socle.plugin.ConflictException;
import dev.socle.plugin.NotFoundException;
import dev.socle.plugin.SocleException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The catalog's operations on locations and entities: register (or dry-run), refresh, unregister, delete, validate.
 * Reading a source (git or files) happens outside any transaction; its result is stored in chunks as it is parsed.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);
    /** How often a refresh request retries when the claim it met ends at that very moment. */
    private static final int REFRESH_ATTEMPTS = 3;

    private final LocationService locations;
    private final CatalogStore store;
    private final LocationClaims claims;
    private final LocationReader reader;
    private final SnapshotPipeline pipeline;
    private final CatalogWriter writer;
    private final CatalogQueries queries;
    private final CatalogMetrics metrics;
    private final Clock clock;

    CatalogService(
            LocationService locations,
            CatalogStore store,
            LocationClaims claims,
            LocationReader reader,
            CatalogWriter writer,
            CatalogQueries queries,
            CatalogProperties properties,
            CatalogMetrics metrics,
            Clock clock) {
        this.locations = locations;
        this.store = store;
        this.claims = claims;
        this.reader = reader;
        this.pipeline = new SnapshotPipeline(reader, writer, store, properties, clock);
        this.writer = writer;
        this.queries = queries;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Reads the location, registers it and stores its entities. Like Backstage, the answer lists no entities: a
     * location may hold a hundred thousand; query them by their {@code backstage.io/managed-by-origin-location}.
     *
     * @throws ConflictException when it is registered already
     * @throws dev.socle.plugin.NotAllowedException when reading it is not allowed by configuration
     */
    public LocationRegistration registerLocation(String type, String target, @Nullable String actor) {
        LocationType locationType = LocationType.of(type);
        store.findLocationId(type, target).ifPresent(existing -> {
            throw new ConflictException("Location " + type + ":" + target + " is already registered as " + existing
                    + "; refresh it instead.");
        });
        try (SourceSnapshot snapshot = reader.fetch(type, target)) {
            RegisteredLocation location = registerClaimed(
                    new RegisterLocationCommand(locationType, target, null, null, LocationOrigin.API, actor));
            try (LocationClaim claim = claims.held(location.id())) {
                try {
                    pipeline.store(
                            location.id(), snapshot, locationType.value(), target, ChangeTrigger.API, actor, claim);
                } catch (RuntimeException failed) {
                    undoRegistration(location, claim, actor, failed);
                    throw failed;
                }
            }
            return new LocationRegistration(locations.find(location.id()).orElse(location), List.of(), false);
        }
    }

    /**
     * A registration whose read failed (the database refused a write, the disk filled) is undone: the location is
     * unregistered with whatever entities the read had stored, so that none of them stays visible and the caller
     * can register it again. Not when the claim was lost: another instance is reading the location then.
     */
    private void undoRegistration(
            RegisteredLocation location, LocationClaim claim, @Nullable String actor, RuntimeException failed) {
        if (claim.lost()) {
            return;
        }
        try {
            int deleted = writer.deleteLocation(location.id(), ChangeTrigger.API, actor);
            log.warn(
                    "Registering location {} failed, so it was unregistered with the {} entities its read had"
                            + " stored: {}",
                    location.managedByValue(),
                    deleted,
                    failed.toString());
        } catch (RuntimeException undoFailed) {
            failed.addSuppressed(undoFailed);
            log.error(
                    "Registering location {} failed and could not be undone; its entities stored so far stay"
                            + " visible until it is read again or unregistered (DELETE /api/catalog/locations/{})",
                    location.managedByValue(),
                    location.id(),
                    undoFailed);
        }
    }

    /**
     * Registers the location claimed by this instance, which reads it at once; two registrations racing past the duplicate check
     * meet the database's unique constraint, which is the same conflict.
     */
    private RegisteredLocation registerClaimed(RegisterLocationCommand command) {
        try {
            return locations.registerClaimed(command, claims.instanceId(), claims.leaseEnd());
        } catch (DataAccessException raced) {
            throw conflictIfRegistered(command, raced);
        }
    }

    private RuntimeException conflictIfRegistered(RegisterLocationCommand command, DataAccessException failure) {
        return store.findLocationId(command.type().value(), command.target())
                .<RuntimeException>map(existing -> new ConflictException(
                        "Location " + command.type().value() + ":" + command.target() + " is already registered as "
                                + existing + "; refresh it instead.",
                        failure))
                .orElse(failure);
    }

    /** Registers a location from configuration without reading it; the scheduler reads it shortly. */
    public void ensureConfiguredLocation(String type, String target) {
        if (store.findLocationId(type, target).isEmpty()) {
            var command =
                    new RegisterLocationCommand(LocationType.of(type), target, null, null, LocationOrigin.CONFIG, null);
            try {
                try {
                    locations.register(command);
                } catch (DataAccessException raced) {
                    throw conflictIfRegistered(command, raced);
                }
                log.info("Registered configured location {}:{}", type, target);
            } catch (ConflictException registeredByAnotherInstance) {
                log.debug("Configured location {}:{} was registered by another instance", type, target);
            }
        }
    }

    /**
     * Makes the registered configured locations those of {@code configured}, as Backstage's configuration location
     * provider does at start-up: registers those missing (without reading them) and unregisters, with their
     * entities, those registered from configuration that it no longer lists. Locations registered through the API
     * are never touched, even when the configuration lists them too.
     *
     * @return the ids of the configured locations, registered now or before
     */
    public List<UUID> syncConfiguredLocations(List<CatalogProperties.ConfiguredLocation> configured) {
        Set<String> wanted = new HashSet<>();
        for (CatalogProperties.ConfiguredLocation location : configured) {
            ensureConfiguredLocation(location.type(), location.target());
            wanted.add(location.type() + ":" + location.target());
        }
        for (RegisteredLocation stale : locations.listFrom(LocationOrigin.CONFIG)) {
            if (!wanted.contains(stale.managedByValue())) {
                reader.forget(stale.type().value(), stale.target());
                int deleted = writer.deleteLocation(stale.id(), ChangeTrigger.STARTUP, null);
                log.info(
                        "Unregistered location {} ({}), registered from configuration that no longer lists it,"
                                + " and deleted its {} entities",
                        stale.id(),
                        stale.managedByValue(),
                        deleted);
            }
        }
        return configured.stream()
                .flatMap(location -> store.findLocationId(location.type(), location.target()).stream())
                .toList();
    }

    /**
     * Reads the location and answers what registering it would store, without storing anything. Its status is
     * {@code error} when reading found errors; warnings alone leave it {@code ok}, and are listed with the problems.
     */
    public LocationRegistration analyzeLocation(String type, String target) {
        LocationType locationType = LocationType.of(type);
        Optional<UUID> existing = store.findLocationId(type, target);
        LocationRead read = reader.read(locationType.value(), target);
        List<Entity> entities =
                read.entities().stream().map(CatalogService::served).toList();
        var location = new RegisteredLocation(
                existing.orElseGet(UUID::randomUUID),
                locationType,
                target,
                read.problems().stream().anyMatch(DescriptorProblem::isError) ? "error" : "ok",
                summary(read.problems()),
                null,
                read.sourceCommit());
        return new LocationRegistration(location, entities, existing.isPresent(), read.problems());
    }

    /**
     * Reads the location again and stores what changed. When the source is unchanged since the last stored read
     * (same commit; for local files, same content of every file read), nothing is parsed or written, whatever its
     * status: re-applying it would give the same entities and the same problems, which are kept as they are. A read
     * that failed forgets the version, so the next one is applied in full; so does a restart for locations in error,
     * as the rules they were checked against may have changed.
     */
    public RefreshOutcome refreshLocation(UUID id, ChangeTrigger trigger, @Nullable String actor) {
        try (LocationClaim unclaimed = claims.none(id)) {
            return refresh(id, trigger, actor, unclaimed);
        }
    }

    /**
     * Refreshes a location that this instance has claimed (see {@link LocationClaims#claimDue}): renews the claim
     * while reading, and ends it (only if still its own) once the read is stored or has failed.
     */
    public RefreshOutcome refreshClaimedLocation(UUID id, ChangeTrigger trigger, @Nullable String actor) {
        try (LocationClaim claim = claims.held(id)) {
            return refresh(id, trigger, actor, claim);
        }
    }

    /** Reads the location and stores what changed, timed for the catalog's metrics. */
    private RefreshOutcome refresh(UUID id, ChangeTrigger trigger, @Nullable String actor, LocationClaim claim) {
        Instant started = clock.instant();
        RefreshOutcome outcome = read(id, trigger, actor, claim);
        metrics.refreshed(outcome, Duration.between(started, clock.instant()));
        return outcome;
    }

    private RefreshOutcome read(UUID id, ChangeTrigger trigger, @Nullable String actor, LocationClaim claim) {
        RegisteredLocation location =
                locations.find(id).orElseThrow(() -> new NotFoundException("Found no location with ID " + id));
        SourceSnapshot snapshot;
        try {
            snapshot = reader.fetch(location.type().value(), location.target());
        } catch (SocleException unreadable) {
            log.warn("Could not read location {} ({}): {}", id, location.managedByValue(), unreadable.getMessage());
            locations.recordUnreadable(
                    id,
                    "Could not read " + location.target() + ": " + unreadable.getMessage()
                            + " The entities read before are kept.",
                    trigger);
            return RefreshOutcome.FAILED;
        }
        try (snapshot) {
            String version = reader.versionOf(snapshot, location.type().value(), location.target());
            if (version.equals(store.lastVersion(id).orElse(null))) {
                locations.recordUnchanged(id, version, trigger);
                return RefreshOutcome.UNCHANGED;
            }
            pipeline.store(id, snapshot, location.type().value(), location.target(), trigger, actor, claim);
        }
        return RefreshOutcome.APPLIED;
    }

    /**
     * Refreshes the location that manages the entity now. When a read of it is already under way (here or on
     * another instance), the refresh is queued instead: that read makes the location due again as soon as it ends,
     * and the answer says who is reading it since when.
     */
    public EntityRefresh refreshEntity(EntityRef ref, @Nullable String actor) {
        UUID locationId = store.locationOf(ref)
                .orElseThrow(() -> new NotFoundException("No entity named '" + ref.name() + "' found, with kind '"
                        + ref.kind() + "' in namespace '" + ref.namespace() + "'"));
        for (int attempt = 0; attempt < REFRESH_ATTEMPTS; attempt++) {
            Optional<LocationClaim> claimed = claims.claim(locationId);
            if (claimed.isPresent()) {
                try (LocationClaim claim = claimed.get()) {
                    return EntityRefresh.done(
                            locationId, refresh(locationId, ChangeTrigger.ON_DEMAND_REFRESH, actor, claim));
                }
            }
            Optional<LocationClaimHolder> reading = store.requestRefresh(locationId, clock.instant());
            if (reading.isPresent()) {
                return EntityRefresh.queued(locationId, reading.get());
            }
        }
        throw new NotFoundException("The location that managed " + ref + " (" + locationId + ") was unregistered"
                + " while the refresh was asked for; list the locations to find the entity's current one.");
    }

    /** Unregisters the location and deletes its entities. */
    public void unregisterLocation(UUID id, @Nullable String actor) {
        locations.find(id).ifPresent(location -> reader.forget(location.type().value(), location.target()));
        int deleted = writer.deleteLocation(id, ChangeTrigger.API, actor);
        log.info("Unregistered location {} and deleted its {} entities", id, deleted);
    }

    /** Deletes one entity; if its location still emits it, the next refresh brings it back, as in Backstage. */
    public void deleteEntity(String uid, @Nullable String actor) {
        Optional<UUID> location = store.locationOfUid(uid);
        writer.deleteEntityByUid(uid, ChangeTrigger.API, actor);
        location.ifPresent(store::forgetVersion);
    }

    public List<RegisteredLocation> locations() {
        return locations.list();
    }

    public Optional<RegisteredLocation> location(UUID id) {
        return locations.find(id);
    }

    public Optional<RegisteredLocation> locationOf(EntityRef ref) {
        return store.locationOf(ref).flatMap(locations::find);
    }

    /** The entity with its status items (see {@link EntityStatusItem}), read in one statement; empty if none. */
    public Optional<ServedEntity> entityWithStatus(EntityRef ref) {
        return queries.byRefWithProblems(ref).map(EntityStatus::of);
    }

    /** The entity with this uid and its status items, read as by {@link #entityWithStatus}; empty if none. */
    public Optional<ServedEntity> entityWithStatusByUid(String uid) {
        return queries.byUidWithProblems(uid).map(EntityStatus::of);
    }

    /** Problems the entity has under exactly the rules ingestion applies; empty when valid. */
    public List<DescriptorProblem> validateEntity(JsonNode entity) {
        return reader.validate(entity.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An entity as a dry run shows it: with the relations it emits, but no uid or etag yet. */
    private static Entity served(IngestedEntity ingested) {
        List<Relation> outgoing = ingested.relations().stream()
                .filter(relation -> relation.source().equals(ingested.ref()))
                .toList();
        return ingested.entity().withRelations(outgoing);
    }

    /** As a stored read's status message: the errors only, as warnings leave a location {@code ok}. */
    private static @Nullable String summary(List<DescriptorProblem> problems) {
        List<DescriptorProblem> errors =
                problems.stream().filter(DescriptorProblem::isError).toList();
        return errors.isEmpty() ? null : errors.size() + " problem(s), first: " + errors.getFirst();
    }
}
