package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import java.time.Instant;

/** Reads any {@link LocationTarget} after the {@link ReadingPolicy} has allowed it. */
public final class SourceReader {

    private final GitSourceReader git;
    private final FileSourceReader files;

    public SourceReader(CatalogProperties.Reading reading) {
        ReadingPolicy policy = new ReadingPolicy(reading);
        this.git = new GitSourceReader(reading, policy);
        this.files = new FileSourceReader(reading, policy);
    }

    /** Parses {@code type} and {@code target} as {@link LocationTargetParser} does and reads the result. */
    public SourceSnapshot read(String type, String target) {
        return read(LocationTargetParser.parse(type, target));
    }

    /** See {@link GitCacheMaintenance}. */
    void maintainGitCaches(Instant now) {
        git.maintainCaches(now);
    }

    public SourceSnapshot read(LocationTarget target) {
        return switch (target) {
            case GitTarget g -> git.read(g);
            case FileTarget f -> files.read(f);
        };
    }
}
