package dev.socle.catalog.model;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in a descriptor file, located so a person can jump to it.
 *
 * @param file file name or location the descriptor was read from
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and how to fix it
 * @param level {@link Level#ERROR} when the document concerned was refused, {@link Level#WARNING} when it was kept
 *     as read (Backstage's {@code status.items[].level})
 * @param entityRef for a warning, the entity kept from the document it concerns, so that the catalog can show it on
 *     that entity; {@code null} when it concerns no single kept entity
 */
public record DescriptorProblem(
        String file,
        int line,
        int column,
        String message,
        Level level,
        @Nullable EntityRef entityRef) {

    /** How serious a problem is, with Backstage's names for {@code status.items[].level}. */
    public enum Level {
        /** The document (or the whole file) was refused. */
        ERROR,
        /** The document was kept; something in it deserves a look. */
        WARNING;

        /** {@code error} or {@code warning}, as Backstage writes it. */
        public String backstageName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DescriptorProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line and column must be 0 (unknown) or positive, got " + line + ":" + column);
        }
        if (level == null) {
            throw new IllegalArgumentException("level must be ERROR or WARNING, got null");
        }
    }

    /** A problem about no single entity. */
    public DescriptorProblem(String file, int line, int column, String message, Level level) {
        this(file, line, column, message, level, null);
    }

    /** An error: the document concerned, or the file, was refused. */
    public DescriptorProblem(String file, int line, int column, String message) {
        this(file, line, column, message, Level.ERROR);
    }

    /** A problem that concerns the whole file rather than a place in it. */
    public static DescriptorProblem inFile(String file, String message) {
        return new DescriptorProblem(file, 0, 0, message);
    }

    /** A warning at a place: the document was kept. */
    public static DescriptorProblem warning(String file, int line, int column, String message) {
        return new DescriptorProblem(file, line, column, message, Level.WARNING);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** This problem, about the entity kept from the document it concerns. */
    public DescriptorProblem about(EntityRef entity) {
        return new DescriptorProblem(file, line, column, message, level, entity);
    }

    /** {@code file:line:column: message}, the form compilers use and editors link; warnings say so. */
    @Override
    public String toString() {
        String text = level == Level.WARNING ? "warning: " + message : message;
        return line == 0 ? file + ": " + text : file + ":" + line + ":" + column + ": " + text;
    }
}
