package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;

/** The two operations on a held claim that {@link LocationClaim} needs; {@link LocationScheduling} stores them. */
interface ClaimLeases {

    /** Extends the holder's lease; false when the claim is no longer its own. */
    boolean renew(UUID id, String holder, Instant leaseUntil);

    /** Ends the holder's claim and schedules the next refresh; false when the claim was no longer its own. */
    boolean release(UUID id, String holder, Instant nextRefreshAt);
}
