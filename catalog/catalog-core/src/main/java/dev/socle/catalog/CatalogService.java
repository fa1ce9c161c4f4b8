package dev.socle.catalog;

import dev.socle.catalog.ingest.LocationRead;
import dev.socle.catalog.ingest.LocationReader;
import dev.socle.catalog.ingest.SourceSnapshot;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.store.LocationScheduling;
import dev.socle.plugin.ConflictException;
import dev.socle.plugin.NotFoundException;
import dev.socle.plugin.SocleException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog's operations on locations and entities: register (or dry-run), refresh, unregister, delete, validate.
 * Reading a source (git or files) happens outside any transaction; its result is stored in chunks as it is parsed.
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);
    /** Who holds the claim on a location that an API call reads (registration, on-demand refresh). */
    private final String claimer = "api@" + ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    /** Renews the claims of the reads under way; see {@link ClaimHeartbeat}. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("location-claim-heartbeat").factory());

    private final LocationService locations;
    private final LocationScheduling scheduling;
    private final LocationReader reader;
    private final SnapshotPipeline pipeline;
    private final CatalogWriter writer;
    private final CatalogQueries queries;
    private final CatalogProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogService(
            LocationService locations,
            LocationScheduling scheduling,
            LocationReader reader,
            CatalogWriter writer,
            CatalogQueries queries,
            CatalogProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locations = locations;
        this.scheduling = scheduling;
        this.reader = reader;
        this.pipeline = new SnapshotPipeline(reader, writer, scheduling, properties, clock);
        this.writer = writer;
        this.queries = queries;
        this.properties = properties;
        this.events = events;
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
        scheduling.findId(type, target).ifPresent(existing -> {
            throw new ConflictException("Location " + type + ":" + target + " is already registered as " + existing
                    + "; refresh it instead.");
        });
        try (SourceSnapshot snapshot = reader.fetch(type, target)) {
            RegisteredLocation location = registerClaimed(
                    new RegisterLocationCommand(locationType, target, null, null, LocationOrigin.API, actor));
            try (var heartbeat = heartbeat(location.id(), claimer)) {
                pipeline.store(
                        location.id(),
                        snapshot,
                        locationType.value(),
                        target,
                        ChangeTrigger.API,
                        actor,
                        claimer,
                        heartbeat);
            } catch (RuntimeException failed) {
                scheduling.release(location.id(), claimer, clock.instant());
                throw failed;
            }
            return new LocationRegistration(locations.find(location.id()).orElse(location), List.of(), false);
        }
    }

    /**
     * Registers the location claimed by this service's API reads; two registrations racing past the duplicate check
     * meet the database's unique constraint, which is the same conflict.
     */
    private RegisteredLocation registerClaimed(RegisterLocationCommand command) {
        try {
            return locations.registerClaimed(command, claimer, leaseEnd());
        } catch (DataAccessException raced) {
            throw conflictIfRegistered(command, raced);
        }
    }

    private RuntimeException conflictIfRegistered(RegisterLocationCommand command, DataAccessException failure) {
        return scheduling
                .findId(command.type().value(), command.target())
                .<RuntimeException>map(existing -> new ConflictException(
                        "Location " + command.type().value() + ":" + command.target() + " is already registered as "
                                + existing + "; refresh it instead.",
                        failure))
                .orElse(failure);
    }

    /** Registers a location from configuration without reading it; the scheduler reads it shortly. */
    public void ensureConfiguredLocation(String type, String target) {
        if (scheduling.findId(type, target).isEmpty()) {
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
                .flatMap(location -> scheduling.findId(location.type(), location.target()).stream())
                .toList();
    }

    /** Reads the location and answers what registering it would store, without storing anything. */
    public LocationRegistration analyzeLocation(String type, String target) {
        LocationType locationType = LocationType.of(type);
        Optional<UUID> existing = scheduling.findId(type, target);
        LocationRead read = reader.read(locationType.value(), target);
        List<ObjectNode> entities =
                read.entities().stream().map(CatalogService::served).toList();
        var location = new RegisteredLocation(
                existing.orElseGet(UUID::randomUUID),
                locationType,
                target,
                read.problems().isEmpty() ? "ok" : "error",
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
        return refresh(id, trigger, actor, null);
    }

    /**
     * Refreshes a location that {@code claimedBy} has claimed (see {@link LocationScheduling#claimDue}): renews the
     * claim while reading, and ends it (only if still its own) when the read is stored.
     */
    public RefreshOutcome refreshClaimedLocation(
            UUID id, ChangeTrigger trigger, @Nullable String actor, String claimedBy) {
        return refresh(id, trigger, actor, claimedBy);
    }

    private RefreshOutcome refresh(UUID id, ChangeTrigger trigger, @Nullable String actor, @Nullable String claimedBy) {
        RefreshOutcome outcome;
        Instant started = clock.instant();
        try (var heartbeat = heartbeat(id, claimedBy)) {
            outcome = read(id, trigger, actor, claimedBy, heartbeat);
        }
        events.publishEvent(new LocationRefreshed(id, trigger, outcome, Duration.between(started, clock.instant())));
        return outcome;
    }

    private ClaimHeartbeat heartbeat(UUID id, @Nullable String claimedBy) {
        return ClaimHeartbeat.start(
                scheduling, id, claimedBy, properties.refresh().lease(), clock, heartbeats);
    }

    private RefreshOutcome read(
            UUID id,
            ChangeTrigger trigger,
            @Nullable String actor,
            @Nullable String claimedBy,
            ClaimHeartbeat heartbeat) {
        RegisteredLocation location =
                locations.find(id).orElseThrow(() -> new NotFoundException("Found no location with ID " + id));
        SourceSnapshot snapshot;
        try {
            snapshot = reader.fetch(location.type().value(), location.target());
        } catch (SocleException unreadable) {
            log.warn("Could not read location {} ({}): {}", id, location.managedByValue(), unreadable.getMessage());
            scheduling.markFailed(
                    id,
                    "Could not read " + location.target() + ": " + unreadable.getMessage()
                            + " The entities read before are kept.",
                    clock.instant());
            return RefreshOutcome.FAILED;
        }
        try (snapshot) {
            String version = reader.versionOf(snapshot, location.type().value(), location.target());
            if (version.equals(scheduling.lastVersion(id).orElse(null))) {
                scheduling.recordVersion(id, version, clock.instant());
                return RefreshOutcome.UNCHANGED;
            }
            pipeline.store(
                    id, snapshot, location.type().value(), location.target(), trigger, actor, claimedBy, heartbeat);
        }
        return RefreshOutcome.APPLIED;
    }

    /**
     * Refreshes the location that manages the entity now, unless a refresh of it is already running (then
     * {@link RefreshOutcome#BUSY}).
     */
    public RefreshOutcome refreshEntity(EntityRef ref, @Nullable String actor) {
        UUID locationId = scheduling
                .locationOf(ref)
                .orElseThrow(() -> new NotFoundException("No entity named '" + ref.name() + "' found, with kind '"
                        + ref.kind() + "' in namespace '" + ref.namespace() + "'"));
        if (!scheduling.claim(locationId, claimer, clock.instant(), leaseEnd())) {
            return RefreshOutcome.BUSY;
        }
        try {
            return refreshClaimedLocation(locationId, ChangeTrigger.ON_DEMAND_REFRESH, actor, claimer);
        } finally {
            scheduling.release(
                    locationId,
                    claimer,
                    clock.instant().plus(properties.refresh().interval()));
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(properties.refresh().lease());
    }

    /** Unregisters the location and deletes its entities. */
    public void unregisterLocation(UUID id, @Nullable String actor) {
        locations.find(id).ifPresent(location -> reader.forget(location.type().value(), location.target()));
        int deleted = writer.deleteLocation(id, ChangeTrigger.API, actor);
        log.info("Unregistered location {} and deleted its {} entities", id, deleted);
    }

    /** Deletes one entity; if its location still emits it, the next refresh brings it back, as in Backstage. */
    public void deleteEntity(String uid, @Nullable String actor) {
        Optional<UUID> location = scheduling.locationOfUid(uid);
        writer.deleteEntityByUid(uid, ChangeTrigger.API, actor);
        location.ifPresent(scheduling::forgetVersion);
    }

    public List<RegisteredLocation> locations() {
        return locations.list();
    }

    public Optional<RegisteredLocation> location(UUID id) {
        return locations.find(id);
    }

    public Optional<RegisteredLocation> locationOf(EntityRef ref) {
        return scheduling.locationOf(ref).flatMap(locations::find);
    }

    /** The entity with its {@code status.items} (see {@link EntityStatus}), read in one statement; empty if none. */
    public Optional<ObjectNode> entityWithStatus(EntityRef ref) {
        return queries.byRefWithProblems(ref).map(EntityStatus::of);
    }

    /** The entity with this uid and its {@code status.items}, read as by {@link #entityWithStatus}; empty if none. */
    public Optional<ObjectNode> entityWithStatusByUid(String uid) {
        return queries.byUidWithProblems(uid).map(EntityStatus::of);
    }

    /** Problems the entity has under exactly the rules ingestion applies; empty when valid. */
    public List<DescriptorProblem> validateEntity(JsonNode entity) {
        return reader.validate(entity.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An entity as a dry run shows it: with the relations it emits, but no uid or etag yet. */
    private static ObjectNode served(IngestedEntity ingested) {
        List<Relation> outgoing = ingested.relations().stream()
                .filter(relation -> relation.source().equals(ingested.ref()))
                .toList();
        return ingested.entity().withRelations(outgoing).toJson();
    }

    private static @Nullable String summary(List<DescriptorProblem> problems) {
        return problems.isEmpty() ? null : problems.size() + " problem(s), first: " + problems.getFirst();
    }
}
