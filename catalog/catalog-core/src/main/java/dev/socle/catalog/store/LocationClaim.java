package dev.socle.catalog.store;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * This instance's claim on one location while it reads it: renews the lease every third of its length (so that a
 * read longer than the lease is never taken over and run twice at once) and ends the claim exactly once, when
 * closed, scheduling the next refresh. When a renewal finds the claim taken over (the instance stalled past its
 * lease), {@link #lost()} turns true and the read should stop; see {@link #checkHeld()}. Obtained from
 * {@link LocationClaims}.
 */
public final class LocationClaim implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocationClaim.class);

    private final UUID locationId;
    private final @Nullable String holder;
    private final @Nullable ClaimLeases leases;
    private final Clock clock;
    private final Duration lease;
    private final Duration interval;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile @Nullable ScheduledFuture<?> heartbeat;
    private volatile boolean lost;

    private LocationClaim(
            UUID locationId,
            @Nullable String holder,
            @Nullable ClaimLeases leases,
            Clock clock,
            Duration lease,
            Duration interval) {
        this.locationId = locationId;
        this.holder = holder;
        this.leases = leases;
        this.clock = clock;
        this.lease = lease;
        this.interval = interval;
    }

    /**
     * A claim {@code holder} already holds, renewed on {@code scheduler} until closed.
     *
     * @param lease how long each renewal extends the claim
     * @param interval how long after the claim ends the location is due again
     */
    static LocationClaim held(
            UUID locationId,
            String holder,
            ClaimLeases leases,
            TaskScheduler scheduler,
            Clock clock,
            Duration lease,
            Duration interval) {
        LocationClaim claim = new LocationClaim(locationId, holder, leases, clock, lease, interval);
        Duration period = Duration.ofMillis(Math.max(1, lease.toMillis() / 3));
        claim.heartbeat = scheduler.scheduleAtFixedRate(
                claim::renew, scheduler.getClock().instant().plus(period), period);
        return claim;
    }

    /** A read without a claim (a refresh asked for directly): nothing to renew or end. */
    static LocationClaim none(UUID locationId) {
        return new LocationClaim(locationId, null, null, Clock.systemUTC(), Duration.ZERO, Duration.ZERO);
    }

    public UUID locationId() {
        return locationId;
    }

    /** True once a renewal found that the claim is no longer this instance's. */
    public boolean lost() {
        return lost;
    }

    /**
     * Stops the read when the claim was taken over.
     *
     * @throws IllegalStateException when it was
     */
    public void checkHeld() {
        if (lost) {
            throw new IllegalStateException("Location " + locationId + " was taken over by another instance after"
                    + " its claim expired; this read stops and leaves the location to it. Raise"
                    + " socle.catalog.refresh.lease if reads stall for that long.");
        }
    }

    /** One heartbeat: extends the lease, or notes that the claim was lost. */
    void renew() {
        if (leases == null || holder == null || lost || closed.get()) {
            return;
        }
        try {
            if (!leases.renew(locationId, holder, clock.instant().plus(lease))) {
                lost = true;
                log.warn(
                        "The claim of {} on location {} was taken over by another instance; its read stops",
                        holder,
                        locationId);
            }
        } catch (RuntimeException renewalFailed) {
            log.warn(
                    "Could not renew the claim of {} on location {}: {}", holder, locationId, renewalFailed.toString());
        }
    }

    /** Stops renewing and ends the claim, the first time only; the location is due again after the interval. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        if (leases == null || holder == null) {
            return;
        }
        try {
            leases.release(locationId, holder, clock.instant().plus(interval));
        } catch (RuntimeException releaseFailed) {
            log.warn(
                    "Could not end the claim of {} on location {}; it ends when its lease expires: {}",
                    holder,
                    locationId,
                    releaseFailed.toString());
        }
    }
}
