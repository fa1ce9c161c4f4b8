package dev.socle.catalog;

import dev.socle.catalog.store.LocationRecord;
import dev.socle.catalog.store.LocationRepository;
import dev.socle.catalog.store.LocationScheduling;
import dev.socle.catalog.store.ProblemRows;
import dev.socle.plugin.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers locations, records and reports the outcome of their refreshes. */
@Service
public class LocationService {

    private final LocationRepository locations;
    private final ProblemRows problems;
    private final LocationScheduling scheduling;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocationService(
            LocationRepository locations,
            ProblemRows problems,
            LocationScheduling scheduling,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locations = locations;
        this.problems = problems;
        this.scheduling = scheduling;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a refresh found the source unchanged since its last stored read ({@code version}), and publishes
     * it as {@link LocationRefreshed} in the same transaction.
     */
    @Transactional
    public void recordUnchanged(UUID id, String version, ChangeTrigger trigger) {
        scheduling.recordVersion(id, version, clock.instant());
        events.publishEvent(new LocationRefreshed(id, trigger, RefreshOutcome.UNCHANGED));
    }

    /**
     * Records that a refresh could not read the source (the entities read before are kept), and publishes it as
     * {@link LocationRefreshed} in the same transaction.
     */
    @Transactional
    public void recordUnreadable(UUID id, String message, ChangeTrigger trigger) {
        scheduling.markFailed(id, message, clock.instant());
        events.publishEvent(new LocationRefreshed(id, trigger, RefreshOutcome.FAILED));
    }

    /**
     * Registers a location, pending its first refresh.
     *
     * @throws ConflictException when the same type and target are already registered
     */
    @Transactional
    public RegisteredLocation register(RegisterLocationCommand command) {
        return view(save(command));
    }

    /**
     * Registers a location that the caller reads at once: it is claimed for {@code claimedBy} until {@code until},
     * so that no scheduled refresh reads it at the same time; the caller releases it when done.
     *
     * @throws ConflictException when the same type and target are already registered
     */
    @Transactional
    public RegisteredLocation registerClaimed(RegisterLocationCommand command, String claimedBy, Instant until) {
        LocationRecord record = save(command);
        record.claim(claimedBy, clock.instant(), until);
        return view(record);
    }

    private LocationRecord save(RegisterLocationCommand command) {
        locations.findByTypeAndTarget(command.type().value(), command.target()).ifPresent(existing -> {
            throw new ConflictException("Location " + command.type().value() + ":" + command.target()
                    + " is already registered as " + existing.getId() + "; refresh it instead.");
        });
        LocationRecord record = new LocationRecord(
                UUID.randomUUID(),
                command.type().value(),
                command.target(),
                command.branch(),
                command.path(),
                command.origin().value(),
                clock.instant(),
                command.createdBy());
        return locations.save(record);
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredLocation> find(UUID id) {
        return locations.findById(id).map(LocationService::view);
    }

    /** Every registered location, oldest first. */
    @Transactional(readOnly = true)
    public List<RegisteredLocation> list() {
        return locations.findAll(Sort.by("createdAt", "id")).stream()
                .map(LocationService::view)
                .toList();
    }

    /** The locations registered from {@code origin}. */
    @Transactional(readOnly = true)
    public List<RegisteredLocation> listFrom(LocationOrigin origin) {
        return locations.findByOrigin(origin.value()).stream()
                .map(LocationService::view)
                .toList();
    }

    /** The problems found by the location's last refresh, in the order they were reported. */
    @Transactional(readOnly = true)
    public List<LocationProblem> problems(UUID id) {
        return problems.of(id).stream()
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
}
