package dev.socle.catalog;

import dev.socle.catalog.store.CatalogStore;
import dev.socle.plugin.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers locations, records and reports the outcome of their refreshes. */
@Service
public class LocationService {

    private final CatalogStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocationService(CatalogStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a refresh found the source unchanged since its last stored read ({@code version}), and publishes
     * it as {@link LocationRefreshed} in the same transaction.
     */
    @Transactional
    public void recordUnchanged(UUID id, String version, ChangeTrigger trigger) {
        store.recordVersion(id, version, clock.instant());
        events.publishEvent(new LocationRefreshed(id, trigger, RefreshOutcome.UNCHANGED));
    }

    /**
     * Records that a refresh could not read the source (the entities read before are kept), and publishes it as
     * {@link LocationRefreshed} in the same transaction.
     */
    @Transactional
    public void recordUnreadable(UUID id, String message, ChangeTrigger trigger) {
        store.markFailed(id, message, clock.instant());
        events.publishEvent(new LocationRefreshed(id, trigger, RefreshOutcome.FAILED));
    }

    /**
     * Registers a location, pending its first refresh.
     *
     * @throws ConflictException when the same type and target are already registered
     */
    @Transactional
    public RegisteredLocation register(RegisterLocationCommand command) {
        checkNotRegistered(command);
        return store.register(command, clock.instant());
    }

    /**
     * Registers a location that the caller reads at once: it is claimed for {@code claimedBy} until {@code until},
     * so that no scheduled refresh reads it at the same time; the caller releases it when done.
     *
     * @throws ConflictException when the same type and target are already registered
     */
    @Transactional
    public RegisteredLocation registerClaimed(RegisterLocationCommand command, String claimedBy, Instant until) {
        checkNotRegistered(command);
        return store.registerClaimed(command, clock.instant(), claimedBy, until);
    }

    private void checkNotRegistered(RegisterLocationCommand command) {
        store.findLocationId(command.type().value(), command.target()).ifPresent(existing -> {
            throw new ConflictException("Location " + command.type().value() + ":" + command.target()
                    + " is already registered as " + existing + "; refresh it instead.");
        });
    }

    @Transactional(readOnly = true)
    public Optional<RegisteredLocation> find(UUID id) {
        return store.findLocation(id);
    }

    /** Every registered location, oldest first. */
    @Transactional(readOnly = true)
    public List<RegisteredLocation> list() {
        return store.locations();
    }

    /** The locations registered from {@code origin}. */
    @Transactional(readOnly = true)
    public List<RegisteredLocation> listFrom(LocationOrigin origin) {
        return store.locationsFrom(origin);
    }

    /** The problems found by the location's last refresh, in the order they were reported. */
    @Transactional(readOnly = true)
    public List<LocationProblem> problems(UUID id) {
        return store.problemsOf(id);
    }
}
