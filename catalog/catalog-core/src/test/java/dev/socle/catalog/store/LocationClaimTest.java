package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

class LocationClaimTest {

    private static final Duration LEASE = Duration.ofMinutes(9);
    private static final Duration INTERVAL = Duration.ofMinutes(3);
    private static final UUID LOCATION = UUID.fromString("0192a7c0-0000-7000-8000-000000000001");

    private final TestClock clock = new TestClock();
    private final Leases leases = new Leases();
    private final ThreadPoolTaskScheduler scheduler = scheduler();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdown();
    }

    @Test
    void closingAClaimEndsItOnceAndSchedulesTheNextRefreshAfterTheInterval() {
        LocationClaim claim = LocationClaim.held(LOCATION, "instance-a", leases, scheduler, clock, LEASE, INTERVAL);
        clock.advance(Duration.ofMinutes(2));

        claim.close();
        claim.close();

        assertThat(leases.releases).containsExactly(clock.instant().plus(INTERVAL));
    }

    @Test
    void eachHeartbeatExtendsTheLeaseFromNowByTheClock() {
        try (LocationClaim claim =
                LocationClaim.held(LOCATION, "instance-a", leases, scheduler, clock, LEASE, INTERVAL)) {
            clock.advance(Duration.ofMinutes(3));
            claim.renew();
            clock.advance(Duration.ofMinutes(3));
            claim.renew();

            assertThat(leases.renewals)
                    .containsExactly(
                            Instant.parse("2026-01-01T10:03:00Z").plus(LEASE),
                            Instant.parse("2026-01-01T10:06:00Z").plus(LEASE));
            assertThat(claim.lost()).isFalse();
        }
    }

    @Test
    void aHeartbeatThatFindsTheClaimTakenOverStopsTheRead() {
        try (LocationClaim claim =
                LocationClaim.held(LOCATION, "instance-a", leases, scheduler, clock, LEASE, INTERVAL)) {
            leases.holder = "instance-b";

            claim.renew();

            assertThat(claim.lost()).isTrue();
            assertThatThrownBy(claim::checkHeld)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("taken over by another instance")
                    .hasMessageContaining("socle.catalog.refresh.lease");
        }
        assertThat(leases.releases)
                .as("released, which does nothing to another's claim")
                .hasSize(1);
    }

    @Test
    void theSchedulerRunsTheHeartbeatUntilTheClaimIsClosed() throws InterruptedException {
        leases.renewed = new CountDownLatch(2);
        LocationClaim claim =
                LocationClaim.held(LOCATION, "instance-a", leases, scheduler, clock, Duration.ofMillis(30), INTERVAL);

        assertThat(leases.renewed.await(1, TimeUnit.MINUTES))
                .as("renewed twice by the scheduler")
                .isTrue();
        claim.close();

        assertThat(scheduler.getScheduledThreadPoolExecutor().getQueue())
                .as("the heartbeat is cancelled")
                .isEmpty();
        int renewals = leases.renewalCount();
        claim.renew();
        assertThat(leases.renewalCount()).as("a closed claim is not renewed").isEqualTo(renewals);
    }

    @Test
    void aReadWithoutAClaimHasNothingToRenewOrEnd() {
        try (LocationClaim none = LocationClaim.none(LOCATION)) {
            none.renew();
            none.checkHeld();
        }
        assertThat(leases.renewals).isEmpty();
        assertThat(leases.releases).isEmpty();
    }

    private static ThreadPoolTaskScheduler scheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        return scheduler;
    }

    /** The claim column of one location row, as {@link LocationScheduling} keeps it. */
    private static final class Leases implements ClaimLeases {

        volatile String holder = "instance-a";
        final List<Instant> renewals = new ArrayList<>();
        final List<Instant> releases = new ArrayList<>();
        volatile CountDownLatch renewed = new CountDownLatch(0);

        @Override
        public synchronized boolean renew(UUID id, String by, Instant leaseUntil) {
            if (!by.equals(holder)) {
                return false;
            }
            renewals.add(leaseUntil);
            renewed.countDown();
            return true;
        }

        @Override
        public synchronized boolean release(UUID id, String by, Instant nextRefreshAt) {
            releases.add(nextRefreshAt);
            return by.equals(holder);
        }

        synchronized int renewalCount() {
            return renewals.size();
        }
    }
}
