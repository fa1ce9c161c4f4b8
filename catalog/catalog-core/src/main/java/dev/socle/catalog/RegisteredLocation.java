package dev.socle.catalog;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered location and the state of its last refresh.
 *
 * @param id the location id
 * @param type how it is read
 * @param target what is read
 * @param status {@code ok}, {@code error} or {@code pending}
 * @param statusMessage summary of the last refresh's problems, or {@code null}
 * @param lastRefreshedAt when it was last stored, or {@code null}
 * @param lastCommit the commit last read, or {@code null}
 */
public record RegisteredLocation(
        UUID id,
        LocationType type,
        String target,
        String status,
        @Nullable String statusMessage,
        @Nullable Instant lastRefreshedAt,
        @Nullable String lastCommit) {

    /** The {@code backstage.io/managed-by-location} form, {@code type:target}. */
    public String managedByValue() {
        return type.value() + ":" + target;
    }
}
