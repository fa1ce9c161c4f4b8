package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;
import java.nio.file.Path;

/**
 * Files on the local file system: one file, every file below a directory, or the files below a
 * directory that match a glob.
 *
 * @param path an absolute, normalised file or directory path
 * @param selector which files below {@code path} to read when it is a directory
 * @param original the target as the user wrote it
 */
record FileTarget(Path path, PathSelector selector, String original) implements LocationTarget {

    public FileTarget {
        if (!path.isAbsolute()) {
            throw new InvalidInputException("File location " + original
                    + " is not an absolute path; write it as /absolute/path/catalog-info.yaml.");
        }
        path = path.normalize();
    }
}
