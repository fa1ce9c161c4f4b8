package dev.socle.catalog.store;

import dev.socle.catalog.ProblemKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code catalog_location_problem}.
 *
 * @param file file concerned
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 * @param message what is wrong and what to do
 * @param kind {@link ProblemKind#ERROR}, {@link ProblemKind#WARNING}, {@link ProblemKind#CONFLICT},
 *     {@link ProblemKind#KEPT} or {@link ProblemKind#ORPHAN}
 * @param entityRef entity concerned (lower-cased), or {@code null} for a problem of a file or of the location
 * @param sourceCommit commit read (for an orphan: the commit it was last seen at), or {@code null}
 */
public record ProblemRow(
        String file,
        int line,
        int column,
        String message,
        ProblemKind kind,
        @Nullable String entityRef,
        @Nullable String sourceCommit) {

    /** Whether the row is a problem of the location's last read (everything but orphans). */
    public boolean locationProblem() {
        return kind.ofLocationRead();
    }

    /** Whether the row is an error of the location's last read, which makes its status {@code error}. */
    public boolean error() {
        return kind.isError();
    }

    /**
     * The status message a read with these rows leaves on its location: {@code null} when none is an error (warnings
     * and orphans are not), which makes its status {@code ok}; else the first error's message and how many there
     * are.
     */
    public static @Nullable String summary(List<ProblemRow> rows) {
        List<ProblemRow> problems = rows.stream().filter(ProblemRow::error).toList();
        if (problems.isEmpty()) {
            return null;
        }
        String first = problems.getFirst().message();
        return cap(
                problems.size() == 1 ? first : problems.size() + " problems; first: " + first, ProblemRows.MAX_MESSAGE);
    }

    private static String cap(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
