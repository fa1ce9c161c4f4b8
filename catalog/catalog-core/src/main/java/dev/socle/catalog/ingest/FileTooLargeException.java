package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;

/**
 * A file of a location is over {@code socle.catalog.reading.max-file-size}; it is a problem of that file, and the
 * location's other files are still read.
 */
class FileTooLargeException extends InvalidInputException {

    public FileTooLargeException(String message) {
        super(message);
    }
}
