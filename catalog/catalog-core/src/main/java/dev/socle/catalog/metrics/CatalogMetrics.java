package dev.socle.catalog.metrics;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.LocationRefreshed;
import dev.socle.catalog.ProblemKind;
import dev.socle.catalog.RefreshOutcome;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalog's metrics for operators, so that a failing location can raise an alert:
 *
 * <ul>
 *   <li>{@code socle.catalog.locations{status}}: registered locations that are {@code ok}, in {@code error} or
 *       {@code pending} (never read);
 *   <li>{@code socle.catalog.location.last.success.age.max}: seconds since the location that has gone longest without
 *       a good read last had one, and {@code socle.catalog.locations.stale}: how many went longer than three refresh
 *       intervals (at least ten minutes) without one. One number for all locations, not one series per location;
 *       the locations themselves are listed by {@code GET /api/catalog/locations};
 *   <li>{@code socle.catalog.ingestion.duration{outcome}}: how long each refresh took (read and store), per outcome;
 *   <li>{@code socle.catalog.entities{kind}} and {@code socle.catalog.problems{kind}}: what the catalog holds.
 * </ul>
 *
 * The counts come from the database, read every 30 seconds in the background and after a refresh that changed
 * something (at most every 5 seconds), never per scrape; every instance reports the same counts (take their maximum).
 */
@Component
public class CatalogMetrics implements MeterBinder {

    /** A refresh that changed something or failed recounts at once, unless the counts are younger than this. */
    private static final Duration RECOUNT_AFTER_CHANGE = Duration.ofSeconds(5);

    private static final List<String> LOCATION_STATUSES = List.of("ok", "error", "pending");
    /** The kinds a location's rows store; {@code unreadable} and {@code more} exist only as status items. */
    private static final List<String> PROBLEM_KINDS = Stream.of(
                    ProblemKind.ERROR, ProblemKind.WARNING, ProblemKind.CONFLICT, ProblemKind.KEPT, ProblemKind.ORPHAN)
            .map(ProblemKind::value)
            .toList();

    private static final Logger log = LoggerFactory.getLogger(CatalogMetrics.class);

    private final CatalogCountsReader reader;
    private final Clock clock;
    private final Duration staleAfter;
    private final Map<UUID, Instant> goodReadsSeenHere = new ConcurrentHashMap<>();
    private volatile CatalogCounts counts;
    private volatile @Nullable MeterRegistry registry;
    private volatile @Nullable MultiGauge entities;

    CatalogMetrics(CatalogCountsReader reader, CatalogProperties properties, Clock clock) {
        this.reader = reader;
        this.clock = clock;
        Duration threeIntervals = properties.refresh().interval().multipliedBy(3);
        this.staleAfter =
                threeIntervals.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(10) : threeIntervals;
        this.counts = CatalogCounts.none(clock.instant());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (String status : LOCATION_STATUSES) {
            Gauge.builder(
                            "socle.catalog.locations",
                            this,
                            metrics -> metrics.counts.locationsByStatus().getOrDefault(status, 0L))
                    .tag("status", status)
                    .description("Registered catalog locations by the status of their last read")
                    .register(registry);
        }
        for (String kind : PROBLEM_KINDS) {
            Gauge.builder(
                            "socle.catalog.problems",
                            this,
                            metrics -> metrics.counts.problemsByKind().getOrDefault(kind, 0L))
                    .tag("kind", kind)
                    .description("Problems recorded by the last read of each location, by kind")
                    .register(registry);
        }
        Gauge.builder("socle.catalog.location.last.success.age.max", this, CatalogMetrics::oldestGoodReadAge)
                .baseUnit("seconds")
                .description("Seconds since the location that has gone longest without a good read last had one")
                .register(registry);
        Gauge.builder("socle.catalog.locations.stale", this, CatalogMetrics::staleLocations)
                .description("Locations without a good read for three refresh intervals (at least ten minutes)")
                .register(registry);
        entities = MultiGauge.builder("socle.catalog.entities")
                .description("Entities in the catalog by kind")
                .register(registry);
        recount();
    }

    /** Reads the counts again; on failure (the database is down) the last ones stay and the log says why. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void recount() {
        try {
            counts = reader.read(clock.instant());
        } catch (RuntimeException unavailable) {
            log.debug(
                    "Could not count the catalog for its metrics; keeping the last counts: {}", unavailable.toString());
            return;
        }
        goodReadsSeenHere.keySet().retainAll(counts.lastGoodRead().keySet());
        MultiGauge gauge = entities;
        if (gauge != null) {
            gauge.register(
                    counts.entitiesByKind().entrySet().stream()
                            .map(kind -> MultiGauge.Row.of(
                                    Tags.of("kind", kind.getKey().toLowerCase(Locale.ROOT)), kind.getValue()))
                            .toList(),
                    true);
        }
    }

    /** Records how long one refresh of a location took, reading and storing, by its outcome. */
    public void refreshed(RefreshOutcome outcome, Duration took) {
        MeterRegistry target = registry;
        if (target != null) {
            Timer.builder("socle.catalog.ingestion.duration")
                    .description("How long one refresh of a location took, reading and storing")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .register(target)
                    .record(took);
        }
    }

    /** After the refresh's transaction commits, so a recount sees what it stored and does not lengthen it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(LocationRefreshed refreshed) {
        if (refreshed.outcome() == RefreshOutcome.APPLIED || refreshed.outcome() == RefreshOutcome.UNCHANGED) {
            goodReadsSeenHere.put(refreshed.locationId(), clock.instant());
        }
        if (refreshed.outcome() != RefreshOutcome.UNCHANGED
                && counts.at().plus(RECOUNT_AFTER_CHANGE).isBefore(clock.instant())) {
            recount();
        }
    }

    private double oldestGoodReadAge() {
        Instant now = clock.instant();
        return lastGoodReads().values().stream()
                .mapToLong(at -> Duration.between(at, now).toSeconds())
                .max()
                .orElse(0);
    }

    private double staleLocations() {
        Instant limit = clock.instant().minus(staleAfter);
        return lastGoodReads().values().stream()
                .filter(at -> at.isBefore(limit))
                .count();
    }

    /** Per location, the later of what the database says and what this instance saw itself. */
    private Map<UUID, Instant> lastGoodReads() {
        Map<UUID, Instant> merged = new HashMap<>(counts.lastGoodRead());
        goodReadsSeenHere.forEach(
                (id, at) -> merged.computeIfPresent(id, (key, known) -> at.isAfter(known) ? at : known));
        return merged;
    }
}
