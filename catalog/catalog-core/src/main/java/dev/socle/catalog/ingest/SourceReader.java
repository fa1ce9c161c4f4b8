package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.parse.placeholder.DescriptorSourceException;
import dev.socle.plugin.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;

/** Reads any {@link LocationTarget} after the {@link ReadingPolicy} has allowed it. */
final class SourceReader {

    private final GitSourceReader git;
    private final FileSourceReader files;
    private final HttpFileReader http;
    private final ReadingPolicy policy;

    public SourceReader(CatalogProperties.Reading reading) {
        this(reading, InetAddress::getAllByName);
    }

    /** {@code resolver}: how host names of placeholder URLs are resolved, to refuse internal addresses. */
    SourceReader(CatalogProperties.Reading reading, HttpFileReader.HostResolver resolver) {
        this.policy = new ReadingPolicy(reading);
        this.git = new GitSourceReader(reading, policy);
        this.files = new FileSourceReader(reading, policy);
        this.http = new HttpFileReader(reading, policy, resolver);
    }

    /**
     * Reads the file a placeholder URL names: a file URL of a git host in a form locations accept
     * ({@code https://github.com/o/r/blob/main/openapi.yaml}) through git, like a location, from the same cache;
     * any other {@code http(s)} URL ({@code https://raw.githubusercontent.com/…}) over HTTP. Both check the
     * {@link ReadingPolicy} first.
     *
     * @throws dev.socle.plugin.NotAllowedException when the URL, or a redirect, is outside the allow-lists
     * @throws DescriptorSourceException when the file is missing, too large or cannot be fetched
     */
    public byte[] readUrl(String url, int maxBytes) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException invalid) {
            throw new DescriptorSourceException(
                    "URL '" + url + "' is not valid: " + invalid.getReason() + "; check it.", invalid);
        }
        Optional<GitTarget> file = gitFile(url);
        if (file.isPresent()) {
            policy.checkUrl(uri);
            return readThroughGit(file.get(), maxBytes);
        }
        return http.read(uri, maxBytes);
    }

    private static Optional<GitTarget> gitFile(String url) {
        try {
            GitTarget target = LocationTargetParser.parseUrl(url);
            return target.selector().isGlob() || target.selector().pattern().isEmpty()
                    ? Optional.empty()
                    : Optional.of(target);
        } catch (InvalidInputException notAGitFileUrl) {
            return Optional.empty();
        }
    }

    private byte[] readThroughGit(GitTarget target, int maxBytes) {
        try (SourceSnapshot snapshot = git.read(target)) {
            if (!snapshot.refused().isEmpty()) {
                throw new DescriptorSourceException(
                        snapshot.refused().getFirst().reason());
            }
            SourceFile file = snapshot.files().stream()
                    .filter(candidate ->
                            candidate.path().equals(target.selector().pattern()))
                    .findFirst()
                    .orElseThrow(() -> new DescriptorSourceException(
                            "URL " + target.original() + " names a folder, not a file; name the file itself."));
            if (file.size() > maxBytes) {
                throw new DescriptorSourceException("URL " + target.original() + " names a file of " + file.size()
                        + " bytes, more than the " + maxBytes + " a substitution may include; reference a smaller"
                        + " file.");
            }
            return file.bytes();
        } catch (SourceUnavailableException unreachable) {
            throw new DescriptorSourceException(unreachable.getMessage(), unreachable);
        }
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
