package dev.socle.catalog;

import dev.socle.catalog.store.LocationScheduling;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an instance's claim on a location alive while it fetches, parses and stores it: renews the lease every third
 * of its length, so that a read longer than the lease is never taken over by another instance and run twice at once.
 * When a renewal finds the claim taken over (the instance stalled past its lease), {@link #lost()} turns true and the
 * work should stop.
 */
final class ClaimHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClaimHeartbeat.class);

    private final @Nullable ScheduledFuture<?> beat;
    private volatile boolean lost;

    private ClaimHeartbeat(
            LocationScheduling scheduling,
            UUID id,
            String holder,
            Duration lease,
            Clock clock,
            ScheduledExecutorService timer) {
        long period = Math.max(1, lease.toMillis() / 3);
        this.beat = timer.scheduleAtFixedRate(
                () -> {
                    try {
                        if (!lost
                                && !scheduling.renew(id, holder, clock.instant().plus(lease))) {
                            lost = true;
                            log.warn(
                                    "The claim of {} on location {} was taken over by another instance; its read stops",
                                    holder,
                                    id);
                        }
                    } catch (RuntimeException renewalFailed) {
                        log.warn(
                                "Could not renew the claim of {} on location {}: {}",
                                holder,
                                id,
                                renewalFailed.toString());
                    }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
    }

    private ClaimHeartbeat() {
        this.beat = null;
    }

    static ClaimHeartbeat start(
            LocationScheduling scheduling,
            UUID id,
            @Nullable String holder,
            Duration lease,
            Clock clock,
            ScheduledExecutorService timer) {
        return holder == null ? new ClaimHeartbeat() : new ClaimHeartbeat(scheduling, id, holder, lease, clock, timer);
    }

    /** True once a renewal found that the claim is no longer this holder's. */
    boolean lost() {
        return lost;
    }

    @Override
    public void close() {
        if (beat != null) {
            beat.cancel(false);
        }
    }
}
