package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the git caches from growing without bound: a cache that no location has updated for
 * {@code socle.catalog.reading.cache-retention} is deleted (its locations were unregistered or moved), and one whose
 * fetches have left more than {@value #MAX_PACKS} pack files is repacked into one, since every fetch adds a pack and
 * reads look through all of them. A cache that an update holds at that moment is left for the next run.
 */
final class GitCacheMaintenance {

    static final int MAX_PACKS = 20;
    private static final Logger log = LoggerFactory.getLogger(GitCacheMaintenance.class);

    private final GitCache cache;
    private final CatalogProperties.Reading reading;

    GitCacheMaintenance(GitCache cache, CatalogProperties.Reading reading) {
        this.cache = cache;
        this.reading = reading;
    }

    /** What one run did. */
    record Outcome(int deleted, int repacked) {}

    Outcome maintain(Instant now) {
        int deleted = 0;
        int repacked = 0;
        for (Path directory : caches()) {
            try {
                if (lastUsed(directory).plus(reading.cacheRetention()).isBefore(now)) {
                    deleted += cache.ifIdle(directory, GitCacheMaintenance::delete) ? 1 : 0;
                } else if (packs(directory) > MAX_PACKS) {
                    repacked += cache.ifIdle(directory, GitCacheMaintenance::repack) ? 1 : 0;
                }
            } catch (IOException | UncheckedIOException failed) {
                log.warn(
                        "Could not maintain the git cache {}; delete it by hand if it stays broken", directory, failed);
            }
        }
        return new Outcome(deleted, repacked);
    }

    private List<Path> caches() {
        Path root = reading.cacheDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".git") && Files.isDirectory(path))
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not list the git caches in " + root, failed);
        }
    }

    private static Instant lastUsed(Path directory) throws IOException {
        Path stamp = directory.resolve(GitCache.LAST_USED);
        return Files.getLastModifiedTime(Files.exists(stamp) ? stamp : directory)
                .toInstant();
    }

    private static long packs(Path directory) throws IOException {
        Path packs = directory.resolve("objects/pack");
        if (!Files.isDirectory(packs)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(packs)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pack"))
                    .count();
        }
    }

    private static void delete(Path directory) throws IOException {
        FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        log.info("Deleted the git cache {}: no location has used it for the retention period", directory);
    }

    private static void repack(Path directory) throws IOException {
        try (Repository repository = GitCache.open(directory);
                Git git = Git.wrap(repository)) {
            git.gc().call();
            log.info("Repacked the git cache {}", directory);
        } catch (GitAPIException failed) {
            throw new IOException("repacking failed: " + failed.getMessage(), failed);
        }
    }
}
