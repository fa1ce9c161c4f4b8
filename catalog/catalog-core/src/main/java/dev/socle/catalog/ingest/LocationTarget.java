package dev.socle.catalog.ingest;

/**
 * What a location points at, once parsed: files in a git repository or on the local file system.
 * Built by {@link LocationTargetParser}.
 */
sealed interface LocationTarget permits GitTarget, FileTarget {

    /** The target as the user wrote it, for messages. */
    String original();
}
