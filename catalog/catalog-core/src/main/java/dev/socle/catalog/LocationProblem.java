package dev.socle.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A problem found by the last refresh of a location.
 *
 * @param file file it concerns, relative to the location
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and what to do
 * @param kind {@link ProblemKind#ERROR}, {@link ProblemKind#WARNING}, {@link ProblemKind#CONFLICT} or
 *     {@link ProblemKind#KEPT} (orphans are no problem of the location's read)
 * @param entityRef the entity concerned, or {@code null}
 * @param sourceCommit the commit read, or {@code null}
 */
public record LocationProblem(
        String file,
        int line,
        int column,
        String message,
        ProblemKind kind,
        @Nullable String entityRef,
        @Nullable String sourceCommit) {

    /** {@code error}, or {@code warning} for a warning, which does not make the location's status {@code error}. */
    public EntityStatusItem.Level level() {
        return kind.level();
    }

    /** Whether the problem has a known place in its file. */
    public boolean hasPosition() {
        return line > 0;
    }
}
