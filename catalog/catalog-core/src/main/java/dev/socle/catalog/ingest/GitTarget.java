package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Files on one branch of a git repository.
 *
 * @param repository the clone URL ({@code https}, {@code http} or {@code file})
 * @param branch the branch name, without {@code refs/heads/}
 * @param selector which files of the branch to read
 * @param original the target as the user wrote it
 * @param fileUrls how the URL of one of its files is written, in the flavour of {@code original}
 */
record GitTarget(URI repository, String branch, PathSelector selector, String original, FileUrls fileUrls)
        implements LocationTarget {

    private static final Set<String> SCHEMES = Set.of("https", "http", "file");

    public GitTarget {
        String scheme =
                repository.getScheme() == null ? "" : repository.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new InvalidInputException("Repository URL " + repository + " of location " + original
                    + " uses an unsupported scheme; use an https://, http:// or file:// URL.");
        }
        if (repository.getUserInfo() != null) {
            throw new InvalidInputException("Repository URL of location " + original
                    + " contains credentials; remove them and set socle.catalog.reading.host-tokens instead.");
        }
        if (!scheme.equals("file")
                && (repository.getHost() == null || repository.getHost().isBlank())) {
            throw new InvalidInputException("Repository URL " + repository + " of location " + original
                    + " has no host; write it as https://host/owner/repo.git.");
        }
        if (branch.isBlank()
                || branch.startsWith("-")
                || branch.contains("..")
                || branch.contains(":")
                || branch.chars()
                        .anyMatch(c ->
                                c <= ' ' || c == '~' || c == '^' || c == '\\' || c == '*' || c == '?' || c == '[')) {
            throw new InvalidInputException("Branch '" + branch + "' of location " + original
                    + " is not a valid git branch name; name an existing branch such as main.");
        }
    }

    /**
     * The location of the file at {@code path} (relative to the repository root) as Backstage writes it in
     * {@code backstage.io/managed-by-location}: the target itself for the file it names, else the file's URL in the
     * target's flavour.
     */
    public String locationOf(String path) {
        boolean theTargetItself = !selector.isGlob() && path.equals(selector.pattern());
        return "url:" + (theTargetItself ? original : fileUrls.of(path));
    }

    /** True for {@code file://} repositories, which the file roots policy governs instead of hosts. */
    public boolean isLocal() {
        return "file".equalsIgnoreCase(repository.getScheme());
    }
}
