package dev.socle.catalog.validate.cli;

import java.nio.file.Path;

/**
 * A descriptor to check.
 *
 * @param file where it is
 * @param shown how problems name it: as found on the command line, or beside the Location that leads to it
 * @param root the directory its placeholders and Location targets must stay in (absolute, normalised)
 * @param path its path below {@code root}, with forward slashes
 */
record CheckedFile(Path file, String shown, Path root, String path) {}
