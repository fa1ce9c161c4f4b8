package dev.socle.catalog.ingest;

/**
 * A file a location selects but that was not read, e.g. one over {@code socle.catalog.reading.max-file-size}: the
 * other files are read and stored, and this one becomes a problem of its own, so that the entities read from it
 * before are kept as they were.
 *
 * @param path the file's path, as {@link SourceFile#path()}
 * @param reason what is wrong with it and what to do
 */
record RefusedFile(String path, String reason) {}
