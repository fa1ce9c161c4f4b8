package dev.socle.catalog.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes rows the way the store's own writers do, for tests of what reads them (the index feed, refresh scheduling)
 * that need a state the catalog's coordinators never leave on their own: a location claimed by another instance, a
 * history row appended in a transaction the test holds open.
 */
@Component
public class StoreTestWrites {

    private final LocationScheduling scheduling;
    private final HistoryRows history;

    StoreTestWrites(LocationScheduling scheduling, HistoryRows history) {
        this.scheduling = scheduling;
        this.history = history;
    }

    /** Claims the location for {@code instance}, as that instance's scheduled refresh would. */
    public boolean claim(UUID location, String instance, Instant now, Instant leaseUntil) {
        return scheduling.claim(location, instance, now, leaseUntil);
    }

    /** Ends {@code instance}'s claim on the location, as that instance would once its read is done. */
    public boolean release(UUID location, String instance, Instant nextRefreshAt) {
        return scheduling.release(location, instance, nextRefreshAt);
    }

    /** Appends the history row of a created entity in the caller's transaction, as a stitch does. */
    public void appendCreated(String entityRef, UUID uid, Instant at, String body) {
        history.append(List.of(
                new HistoryRow(entityRef, uid, at, "created", "scheduled-refresh", null, null, null, null, body)));
    }
}
