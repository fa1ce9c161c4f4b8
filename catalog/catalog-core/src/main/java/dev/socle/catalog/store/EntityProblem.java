package dev.socle.catalog.store;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a served entity's {@code status.items} explains: what happened, where, and in which location.
 *
 * @param kind what happened, seen from the entity served
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
        Kind kind,
        UUID locationId,
        String location,
        String file,
        int line,
        int column,
        String message,
        @Nullable String entityRef,
        @Nullable String sourceCommit) {

    /** What happened, seen from the entity served. */
    public enum Kind {
        /** Its own location found a problem with the entity itself, e.g. it is defined twice. */
        ERROR,
        /** The entity's file failed to read, parse or validate here, so its last good version is served. */
        KEPT,
        /** Its location no longer emits the entity: where it was last seen. */
        ORPHAN,
        /** Another location also emits the entity and was refused; the entity served is unaffected. */
        REFUSED_ELSEWHERE,
        /** On a location's generated Location entity: a problem its last read found in one of its files. */
        LOCATION_ERROR,
        /** On a location's generated Location entity: an entity it emits is provided by another location. */
        LOCATION_CONFLICT,
        /** On a location's generated Location entity: an entity whose file failed kept its last good version. */
        LOCATION_KEPT,
        /** On a location's generated Location entity: its source could not be read at all. */
        LOCATION_UNREADABLE,
        /** On a location's generated Location entity: more problems than are shown. */
        LOCATION_MORE
    }
}
