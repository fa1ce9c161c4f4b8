package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.ChangeTrigger;
import dev.socle.catalog.RefreshOutcome;
import dev.socle.catalog.store.LocationClaims;
import dev.socle.catalog.store.LocationScheduling;
import dev.socle.plugin.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes due locations. Every instance polls; each claims a batch with a lease, so several instances on one
 * PostgreSQL share the work without reading a location twice at once; a crashed instance's claims are ended when it
 * starts again (see {@link LocationClaims}), or taken over by another instance once their lease expires.
 */
@Component
class ScheduledLocationRefresh {

    private static final Logger log = LoggerFactory.getLogger(ScheduledLocationRefresh.class);

    private final CatalogService catalog;
    private final LocationScheduling scheduling;
    private final LocationClaims claims;
    private final CatalogProperties properties;
    /** Configured locations not read by this instance since it started. */
    private final Set<UUID> readAtStartup = ConcurrentHashMap.newKeySet();

    ScheduledLocationRefresh(
            CatalogService catalog,
            LocationScheduling scheduling,
            LocationClaims claims,
            CatalogProperties properties) {
        this.catalog = catalog;
        this.scheduling = scheduling;
        this.claims = claims;
        this.properties = properties;
    }

    /**
     * At start-up: registers the configured locations (and unregisters those no longer configured, see
     * {@link CatalogService#syncConfiguredLocations}); their first read by this instance is recorded with the
     * trigger {@code startup}. Locations in error are applied in full by their next read, as the configuration they
     * were checked against may have changed.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerConfiguredLocations() {
        int inError = scheduling.forgetVersionsOfLocationsInError();
        if (inError > 0) {
            log.info("{} location(s) in error will be read in full at their next refresh", inError);
        }
        readAtStartup.addAll(catalog.syncConfiguredLocations(properties.locations()));
    }

    @Scheduled(
            fixedDelayString = "${socle.catalog.refresh.poll-interval:5s}",
            initialDelayString = "${socle.catalog.refresh.poll-interval:5s}")
    void refreshDueLocations() {
        List<UUID> claimed = claims.claimDue();
        for (UUID id : claimed) {
            refresh(id);
        }
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
