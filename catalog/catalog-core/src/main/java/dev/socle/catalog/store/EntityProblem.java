package dev.socle.catalog.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A problem a location recorded about one entity.
 *
 * @param locationId the location that recorded it
 * @param location the location as {@code type:target}
 * @param file the file, relative to the location
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and what to do
 * @param kind {@code error} or {@code conflict}
 * @param sourceCommit the commit read, or {@code null}
 */
public record EntityProblem(UUID locationId, String location, String file, int line, int column, String message,
        String kind, @Nullable String sourceCommit) {
}
