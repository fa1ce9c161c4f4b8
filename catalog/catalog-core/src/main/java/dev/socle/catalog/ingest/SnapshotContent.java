package dev.socle.catalog.ingest;

import java.util.Optional;

/** Reads further files of the same snapshot on demand (same commit, same base directory). */
@FunctionalInterface
public interface SnapshotContent extends AutoCloseable {

    /**
     * The content of the file at {@code path}, a normalised path relative to the snapshot's root;
     * empty if there is no such regular file.
     */
    Optional<byte[]> read(String path);

    /** Releases what reading held open, e.g. a git repository; reading again reopens it. */
    @Override
    default void close() {
    }
}
