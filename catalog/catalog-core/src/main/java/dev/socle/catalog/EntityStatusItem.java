package dev.socle.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One item of a served entity's status: something a location recorded about it, what it means, and what to do.
 * Backstage's API serves it as a {@code status.items} entry of type {@value #PROCESSING}.
 *
 * @param kind what happened
 * @param level how serious it is
 * @param errorName Backstage's error name: {@code InputError}, {@code ConflictError}, {@code NotFoundError} or
 *     {@code LocationReadError}; {@code Warning} for a warning
 * @param message what happened, where, and what to do
 * @param file the file concerned, relative to its location, or {@code null}
 * @param position where in the file, or {@code null} when unknown
 * @param commit the commit read, or {@code null}
 * @param location the location that recorded it, as {@code type:target}
 * @param entityRef the entity it is about when that is not the entity served (a conflict shown on a location's
 *     Location entity), else {@code null}
 */
public record EntityStatusItem(
        ProblemKind kind,
        Level level,
        String errorName,
        String message,
        @Nullable String file,
        @Nullable Position position,
        @Nullable String commit,
        String location,
        @Nullable String entityRef) {

    /** Backstage's status item type for problems found while processing an entity. */
    public static final String PROCESSING = "backstage.io/catalog-processing";

    /** How serious an item is. */
    public enum Level {
        ERROR("error"),
        WARNING("warning");

        private final String value;

        Level(String value) {
            this.value = value;
        }

        /** As Backstage spells it. */
        public String value() {
            return value;
        }
    }

    /**
     * A place in a file.
     *
     * @param line 1-based line
     * @param column 1-based column
     */
    public record Position(int line, int column) {

        public Position {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException(
                        "A position is 1-based, got " + line + ":" + column + "; pass no position when it is unknown.");
            }
        }

        /** The position, or {@code null} when {@code line} is 0, which the store uses for unknown. */
        public static @Nullable Position ofStored(int line, int column) {
            return line > 0 ? new Position(line, Math.max(column, 1)) : null;
        }
    }
}
