package dev.socle.catalog.store;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code catalog_location_problem}.
 *
 * @param file file concerned
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param message what is wrong and what to do
 * @param kind {@code error} or {@code conflict}
 * @param entityRef entity concerned, or {@code null}
 * @param sourceCommit commit read, or {@code null}
 */
public record ProblemRow(String file, int line, int column, String message, String kind,
        @Nullable String entityRef, @Nullable String sourceCommit) {
}
