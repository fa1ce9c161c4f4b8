package dev.socle.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a request to refresh an entity did: its location was read at once, or, when another read of it was under
 * way, the refresh was queued to follow that read.
 *
 * @param locationId the location that manages the entity
 * @param outcome what the read did; {@link RefreshOutcome#BUSY} when it was queued
 * @param queuedBehind the read the refresh follows, when it was queued
 */
public record EntityRefresh(
        UUID locationId, RefreshOutcome outcome, @Nullable LocationClaimHolder queuedBehind) {

    static EntityRefresh done(UUID locationId, RefreshOutcome outcome) {
        return new EntityRefresh(locationId, outcome, null);
    }

    static EntityRefresh queued(UUID locationId, LocationClaimHolder holder) {
        return new EntityRefresh(locationId, RefreshOutcome.BUSY, holder);
    }

    /** True when the location was being read and the refresh follows that read. */
    public boolean queued() {
        return queuedBehind != null;
    }

    /** What happened, in a sentence for the caller. */
    public String message() {
        if (queuedBehind != null) {
            return "Location " + locationId + " is being read by instance " + queuedBehind.instance() + " since "
                    + queuedBehind.since() + "; the refresh will follow as soon as that read ends.";
        }
        return "Location " + locationId + " was refreshed: " + outcome.name().toLowerCase(java.util.Locale.ROOT) + ".";
    }
}
