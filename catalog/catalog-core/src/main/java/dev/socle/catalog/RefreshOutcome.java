package dev.socle.catalog;

/** What one refresh of a location did. */
public enum RefreshOutcome {
    /** The source was read and its entities stored. */
    APPLIED,
    /** The source had not changed since the last clean read: nothing was written. */
    UNCHANGED,
    /** Another refresh of the location was running; it was not read again. */
    BUSY,
    /** The source could not be read; the location's entities stay as they were and its status says why. */
    FAILED
}
