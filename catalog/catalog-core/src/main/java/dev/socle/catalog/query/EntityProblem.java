package dev.socle.catalog.query;

import dev.socle.catalog.ProblemKind;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a served entity's status explains: what happened, where, and in which location.
 *
 * @param kind what happened
 * @param recorded who recorded it, seen from the entity served
 * @param locationId the location that recorded it
 * @param location the location as {@code type:target}
 * @param file the file, relative to the location; empty when it concerns no file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong and what to do, as recorded
 * @param entityRef the entity the problem is about when that is not the entity served (e.g. a conflict shown on
 *     the location's entity), else {@code null}
 * @param sourceCommit the commit read (for an orphan, the commit it was last seen at), or {@code null}
 */
public record EntityProblem(
        ProblemKind kind,
        Recorded recorded,
        UUID locationId,
        String location,
        String file,
        int line,
        int column,
        String message,
        @Nullable String entityRef,
        @Nullable String sourceCommit) {

    /** Who recorded a problem, seen from the entity served. */
    public enum Recorded {
        /** The location that manages the entity, about the entity itself. */
        BY_ITS_LOCATION,
        /** Another location that also emits the entity. */
        BY_ANOTHER_LOCATION,
        /** The location the entity stands for: the entity is the location's generated Location entity. */
        FOR_THE_LOCATION
    }
}
