package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.plugin.InvalidInputException;

/**
 * Caps on what one location may yield.
 *
 * @param maxFileSize largest file, in bytes
 * @param maxFiles most files per location
 */
record ReadLimits(long maxFileSize, int maxFiles) {

    static ReadLimits of(CatalogProperties.Reading reading) {
        return new ReadLimits(reading.maxFileSize().toBytes(), reading.maxFilesPerLocation());
    }

    void checkFileSize(String original, String path, long size) {
        if (size > maxFileSize) {
            throw new FileTooLargeException(tooLarge(original, path, size));
        }
    }

    /** Whether a file of {@code size} bytes is over the limit. */
    boolean tooLarge(long size) {
        return size > maxFileSize;
    }

    /** Why a file of {@code size} bytes is not read, naming the file, the limit and the setting. */
    String tooLarge(String original, String path, long size) {
        return "File " + path + " of location " + original + " is " + size + " bytes, more than the " + maxFileSize
                + " bytes allowed, so it was not read; shrink or exclude it, or raise"
                + " socle.catalog.reading.max-file-size.";
    }

    void checkFileCount(String original, int count) {
        if (count > maxFiles) {
            throw new InvalidInputException("Location " + original + " selects more than " + maxFiles
                    + " files; narrow its path or glob, or raise socle.catalog.reading.max-files-per-location.");
        }
    }
}
