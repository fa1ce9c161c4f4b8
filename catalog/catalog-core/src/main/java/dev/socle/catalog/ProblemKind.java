package dev.socle.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kind of a problem the catalog records, the one vocabulary from the database ({@code
 * catalog_location_problem.kind}) through the services to the REST API ({@code kind} of a location's problems).
 */
public enum ProblemKind {
    /**
     * A file or document could not be read, parsed or validated, or an entity is defined in two files: what it
     * concerns was refused.
     */
    ERROR("error"),
    /**
     * Something read deserves a look but was kept as read (an entity defined twice in one file, a script link, an
     * unknown placeholder, a Location entity of another type): Backstage's {@code level: warning}. Does not make the
     * location's status {@code error}.
     */
    WARNING("warning"),
    /** An entity is provided by another location; this location's copy was refused. */
    CONFLICT("conflict"),
    /** An entity's file failed, so its last good version is kept; the file's problems are rows of their own. */
    KEPT("kept"),
    /** The location no longer emits the entity: where it was last seen. Not a problem of the location's read. */
    ORPHAN("orphan"),
    /**
     * The location's source could not be read at all. Recorded as the location's status, not as a problem row; shown
     * on the location's generated Location entity.
     */
    UNREADABLE("unreadable"),
    /** On a location's generated Location entity: more problems than are shown. Never stored. */
    MORE("more");

    private final String value;

    ProblemKind(String value) {
        this.value = value;
    }

    /** The value stored and served, e.g. {@code kept}. */
    public String value() {
        return value;
    }

    /** Whether a problem of this kind is a problem of the location's last read (orphans are not). */
    public boolean ofLocationRead() {
        return this != ORPHAN;
    }

    /**
     * Whether a problem of this kind is an error of the location's read, which makes the location's status
     * {@code error}: warnings are not, and neither are orphans, which are no problem of the read.
     */
    public boolean isError() {
        return this != WARNING && this != ORPHAN;
    }

    /** How serious a problem of this kind is, as a served entity's status item says it. */
    public EntityStatusItem.Level level() {
        return this == WARNING ? EntityStatusItem.Level.WARNING : EntityStatusItem.Level.ERROR;
    }

    /**
     * The kind stored as {@code value}.
     *
     * @throws IllegalArgumentException when no kind has this value
     */
    public static ProblemKind of(String value) {
        for (ProblemKind kind : values()) {
            if (kind.value.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown problem kind '" + value + "'; expected one of "
                + Arrays.stream(values()).map(ProblemKind::value).collect(Collectors.joining(", "))
                + ". A row with it was written by a newer version of Socle, or by hand; remove it or upgrade.");
    }

    @Override
    public String toString() {
        return value;
    }
}
