package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link GitTarget}: checks the {@link ReadingPolicy}, brings the branch into the bare
 * {@link GitCache} (fetching only missing objects), and reads the selected files from the head
 * commit's tree.
 */
final class GitSourceReader {

    private static final Logger log = LoggerFactory.getLogger(GitSourceReader.class);

    private final ReadingPolicy policy;
    private final GitCache cache;
    private final GitTreeReader treeReader;
    private final GitCacheMaintenance maintenance;

    public GitSourceReader(CatalogProperties.Reading reading, ReadingPolicy policy) {
        this.policy = policy;
        this.cache = new GitCache(reading);
        this.treeReader = new GitTreeReader(ReadLimits.of(reading));
        this.maintenance = new GitCacheMaintenance(cache, reading);
    }

    /** Deletes caches no location used for the retention period and repacks those with many packs. */
    GitCacheMaintenance.Outcome maintainCaches(Instant now) {
        return maintenance.maintain(now);
    }

    public SourceSnapshot read(GitTarget target) {
        policy.check(target);
        ObjectId commit = cache.update(target);
        Path directory = cache.directoryFor(target.repository());
        try (Repository repository = GitCache.open(directory)) {
            GitTreeReader.Selection selection = treeReader.read(repository, commit, target);
            selection.notes().forEach(note -> log.info("{}", note));
            return new SourceSnapshot(
                    commit.name(),
                    selection.files(),
                    selection.notes(),
                    new GitSnapshotContent(directory, commit, target, treeReader),
                    selection.refused());
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not read commit " + commit.name() + " of "
                            + target.repository() + " from the git cache " + directory + " (location "
                            + target.original()
                            + "): " + e.getMessage() + ". Delete that directory to fetch afresh.",
                    e);
        }
    }

    /** The cache directory used for {@code target}'s repository. */
    public Path cacheDirectoryFor(GitTarget target) {
        return cache.directoryFor(target.repository());
    }
}
