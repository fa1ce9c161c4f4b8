package dev.socle.catalog;

import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.LocationClaims;
import dev.socle.plugin.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes due locations. Every instance polls; each claims a batch with a lease, so several instances on one
 * PostgreSQL share the work without reading a location twice at once; a crashed instance's claims are ended when it
 * starts again (see {@link LocationClaims}), or taken over by another instance once their lease expires. Each
 * instance reads up to {@code socle.catalog.refresh.parallel-reads} locations at once and claims no more than it has
 * free threads for, so one remote that never answers delays only its own location.
 */
@Component
class ScheduledLocationRefresh {

    private static final Logger log = LoggerFactory.getLogger(ScheduledLocationRefresh.class);

    private final CatalogService catalog;
    private final CatalogStore store;
    private final LocationClaims claims;
    private final CatalogProperties properties;
    /** Configured locations not read by this instance since it started. */
    private final Set<UUID> readAtStartup = ConcurrentHashMap.newKeySet();
    /** Reads claimed locations, {@code parallel-reads} at a time. */
    private final ExecutorService readers;
    /** Refreshes started and not yet finished. */
    private final AtomicInteger running = new AtomicInteger();

    ScheduledLocationRefresh(
            CatalogService catalog, CatalogStore store, LocationClaims claims, CatalogProperties properties) {
        this.catalog = catalog;
        this.store = store;
        this.claims = claims;
        this.properties = properties;
        this.readers = Executors.newFixedThreadPool(
                properties.refresh().parallelReads(),
                Thread.ofPlatform().name("socle-location-refresh-", 1).daemon().factory());
    }

    /**
     * At start-up: registers the configured locations (and unregisters those no longer configured, see
     * {@link CatalogService#syncConfiguredLocations}); their first read by this instance is recorded with the
     * trigger {@code startup}. Locations in error are applied in full by their next read, as the configuration they
     * were checked against may have changed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerConfiguredLocations() {
        int inError = store.forgetVersionsOfLocationsInError();
        if (inError > 0) {
            log.info("{} location(s) in error will be read in full at their next refresh", inError);
        }
        readAtStartup.addAll(catalog.syncConfiguredLocations(properties.locations()));
    }

    @Scheduled(
            fixedDelayString = "${socle.catalog.refresh.poll-interval:5s}",
            initialDelayString = "${socle.catalog.refresh.poll-interval:5s}")
    void refreshDueLocations() {
        startDueRefreshes();
    }

    /**
     * Claims as many due locations as there are free reading threads ({@code socle.catalog.refresh.parallel-reads})
     * and starts reading them; returns at once, so a location whose remote hangs holds one thread and its own claim,
     * and the next poll goes on with the other locations.
     *
     * @return the refreshes started, done when each has been read (or failed) and released
     */
    List<CompletableFuture<Void>> startDueRefreshes() {
        int free = properties.refresh().parallelReads() - running.get();
        if (free <= 0) {
            return List.of();
        }
        List<UUID> claimed = claims.claimDue(free);
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (UUID id : claimed) {
            running.incrementAndGet();
            started.add(CompletableFuture.runAsync(() -> refresh(id), readers).whenComplete((done, failed) -> {
                running.decrementAndGet();
            }));
        }
        return started;
    }

    @PreDestroy
    void stopReading() {
        readers.shutdownNow();
    }

    private void refresh(UUID id) {
        try {
            ChangeTrigger trigger = readAtStartup.remove(id) ? ChangeTrigger.STARTUP : ChangeTrigger.SCHEDULED_REFRESH;
            RefreshOutcome outcome = catalog.refreshClaimedLocation(id, trigger, null);
            log.debug("Scheduled refresh of location {}: {}", id, outcome);
        } catch (NotFoundException unregisteredMeanwhile) {
            log.debug("Location {} was unregistered before its scheduled refresh", id);
        } catch (RuntimeException unexpected) {
            log.error("Scheduled refresh of location {} failed; it is retried after the next interval", id, unexpected);
        }
    }
}
