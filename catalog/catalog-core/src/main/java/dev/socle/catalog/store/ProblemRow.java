package dev.socle.catalog.store;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code catalog_location_problem}.
 *
 * @param file file concerned
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param message what is wrong and what to do
 * @param kind {@link #ERROR}, {@link #CONFLICT}, {@link #KEPT} or {@link #ORPHAN}
 * @param entityRef entity concerned (lower-cased), or {@code null} for a problem of a file or of the location
 * @param sourceCommit commit read (for an orphan: the commit it was last seen at), or {@code null}
 */
public record ProblemRow(
        String file,
        int line,
        int column,
        String message,
        String kind,
        @Nullable String entityRef,
        @Nullable String sourceCommit) {

    /** A file or document could not be read, parsed or validated. */
    public static final String ERROR = "error";
    /** The entity is provided by another location; this location's copy was refused. */
    public static final String CONFLICT = "conflict";
    /** The entity's file failed, so its last good version is kept; the file's problems are its own rows. */
    public static final String KEPT = "kept";
    /** The location no longer emits the entity: where it was last seen. Not a problem of the location. */
    public static final String ORPHAN = "orphan";

    /** Whether the row is a problem of the location's last read (everything but orphans). */
    public boolean locationProblem() {
        return !ORPHAN.equals(kind);
    }
}
