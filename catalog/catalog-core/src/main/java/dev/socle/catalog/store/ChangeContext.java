package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Why and when entities change, recorded in their history.
 *
 * @param trigger stored trigger value, e.g. {@code scheduled-refresh}
 * @param actor who asked, or {@code null}
 * @param sourceCommit the commit read, recorded for entities of {@code commitLocationId} only
 * @param commitLocationId the location the commit belongs to, or {@code null}
 * @param now when
 */
public record ChangeContext(
        String trigger,
        @Nullable String actor,
        @Nullable String sourceCommit,
        @Nullable UUID commitLocationId,
        Instant now) {

    public @Nullable String commitFor(@Nullable UUID locationId) {
        return locationId != null && locationId.equals(commitLocationId) ? sourceCommit : null;
    }
}
