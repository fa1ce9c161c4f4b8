package dev.socle.catalog.ingest;

import java.util.List;
import java.util.Optional;

/** Reads further files of the same snapshot on demand (same commit, same base directory). */
@FunctionalInterface
interface SnapshotContent extends AutoCloseable {

    /**
     * The content of the file at {@code path}, a normalised path relative to the snapshot's root;
     * empty if there is no such regular file.
     */
    Optional<byte[]> read(String path);

    /**
     * The regular files of the snapshot that {@code glob} selects, as normalised paths relative to the snapshot's
     * root, sorted; symbolic links and other entries are left out. Serves Location entities' glob targets.
     */
    default List<String> list(PathSelector glob) {
        return List.of();
    }

    /**
     * Where the file at {@code path} lives, as Backstage writes it in {@code backstage.io/managed-by-location}
     * ({@code url:<file URL>} or {@code file:<absolute path>}); empty if unknown.
     */
    default Optional<String> locationOf(String path) {
        return Optional.empty();
    }

    /** The URL of the folder holding the file at {@code path}, ending in {@code /}; empty for local files. */
    default Optional<String> folderUrlOf(String path) {
        return Optional.empty();
    }

    /** Releases what reading held open, e.g. a git repository; reading again reopens it. */
    @Override
    default void close() {}
}
