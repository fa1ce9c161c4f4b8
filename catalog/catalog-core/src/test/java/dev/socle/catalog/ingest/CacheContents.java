package dev.socle.catalog.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** What a bare cache repository holds on disk, to compare before and after a read. */
final class CacheContents {

    private CacheContents() {}

    /**
     * Every file below {@code objects/} (loose objects and packs) with its file key (inode) and
     * modification time, sorted: a rewritten or re-fetched file shows as a change.
     */
    static List<String> objectFiles(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache.resolve("objects"))) {
            return files.filter(Files::isRegularFile)
                    .map(p -> describe(cache, p))
                    .sorted()
                    .toList();
        }
    }

    private static String describe(Path cache, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return cache.relativize(file) + " " + attributes.fileKey() + " " + attributes.lastModifiedTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long packCount(Path cache) throws IOException {
        return objectFiles(cache).stream()
                .filter(f -> f.split(" ")[0].endsWith(".pack"))
                .count();
    }
}
