package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a location's {@code type} and {@code target} into a {@link LocationTarget}, without any
 * I/O. Accepted forms are listed in {@link #ACCEPTED_FORMS}.
 */
public final class LocationTargetParser {

    static final String ACCEPTED_FORMS = "Accepted forms: type url with"
            + " https://host/org/repo/blob/<branch>/<path> or /tree/<branch>/<path> (GitHub),"
            + " https://host/group/repo/-/blob/<branch>/<path> or /-/tree/ (GitLab),"
            + " https://host/org/repo/src/branch/<branch>/<path> (Gitea),"
            + " https://host/workspace/repo/src/<branch>/<path> (Bitbucket Cloud),"
            + " https://host/projects/<P>/repos/<r>/browse/<path>?at=refs/heads/<branch> (Bitbucket Server),"
            + " https://host/path/repo.git?ref=<branch>&path=<path-or-glob> or file:///path/repo?ref=<branch>&path=<path-or-glob>"
            + " (plain git); type file with /absolute/path or /absolute/dir/**/catalog-info.yaml.";

    private LocationTargetParser() {}

    public static LocationTarget parse(String type, String target) {
        return switch (type) {
            case "url" -> parseUrl(target);
            case "file" -> parseFile(target);
            default ->
                throw new InvalidInputException("Location type '" + type + "' (target " + target
                        + ") is not supported; use type url or file. " + ACCEPTED_FORMS);
        };
    }

    static GitTarget parseUrl(String target) {
        URI uri = toUri(target);
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException(
                    "Location target " + target.replace(uri.getRawUserInfo() + "@", "****@")
                            + " contains credentials; remove them from the URL and set socle.catalog.reading.host-tokens instead.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (scheme.equalsIgnoreCase("file")
                && (uri.getRawAuthority() != null
                        || uri.getPath() == null
                        || !uri.getPath().startsWith("/"))) {
            throw new InvalidInputException("Location " + target + " is not a local repository URL: a file URL names"
                    + " an absolute path and no host, as in file:///path/repo?ref=main&path=catalog-info.yaml.");
        }
        if (scheme.equalsIgnoreCase("file")
                || uri.getPath() != null && uri.getPath().endsWith(".git")) {
            return plainGit(uri, target);
        }
        if (!scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("http") || uri.getHost() == null) {
            throw unparseable(target);
        }
        List<String> segments = segments(uri.getPath());
        return gitLab(uri, segments, target)
                .or(() -> bitbucketServer(uri, segments, target))
                .or(() -> hosted(uri, segments, target))
                .orElseThrow(() -> unparseable(target));
    }

    /** GitLab: {@code /group/sub/repo/-/blob|tree/<branch>/<path>}. */
    private static Optional<GitTarget> gitLab(URI uri, List<String> segments, String target) {
        int dash = segments.indexOf("-");
        if (dash < 2 || segments.size() < dash + 3 || !isBlobOrTree(segments.get(dash + 1))) {
            return Optional.empty();
        }
        String branch = segments.get(dash + 2);
        return Optional.of(git(
                uri,
                segments.subList(0, dash),
                branch,
                segments.subList(dash + 3, segments.size()),
                target,
                hostedFiles(uri, segments.subList(0, dash), "-/blob/" + branch)));
    }

    /** Bitbucket Server: {@code [/context]/projects/<P>/repos/<r>/browse/<path>?at=refs/heads/<branch>}. */
    private static Optional<GitTarget> bitbucketServer(URI uri, List<String> segments, String target) {
        int projects = segments.indexOf("projects");
        if (projects < 0
                || segments.size() < projects + 5
                || !segments.get(projects + 2).equals("repos")
                || !segments.get(projects + 4).equals("browse")) {
            return Optional.empty();
        }
        String at = query(uri).get("at");
        if (at == null || at.isBlank()) {
            throw new InvalidInputException("Bitbucket Server location " + target
                    + " names no branch; add ?at=refs/heads/<branch> to the URL.");
        }
        String branch = at.startsWith("refs/heads/") ? at.substring("refs/heads/".length()) : at;
        List<String> repo = new java.util.ArrayList<>(segments.subList(0, projects));
        repo.addAll(List.of(
                "scm", segments.get(projects + 1).toLowerCase(java.util.Locale.ROOT), segments.get(projects + 3)));
        var files = new FileUrls(
                origin(uri) + "/" + String.join("/", segments.subList(0, projects + 5)) + "/", "?at=" + at, false);
        return Optional.of(git(uri, repo, branch, segments.subList(projects + 5, segments.size()), target, files));
    }

    /**
     * GitHub {@code /org/repo/blob|tree/<branch>/<path>}, Gitea {@code /org/repo/src/branch/<branch>/<path>}
     * and Bitbucket Cloud {@code /workspace/repo/src/<branch>/<path>}.
     */
    private static Optional<GitTarget> hosted(URI uri, List<String> segments, String target) {
        if (segments.size() < 4) {
            return Optional.empty();
        }
        List<String> repo = segments.subList(0, 2);
        String kind = segments.get(2);
        if (isBlobOrTree(kind)) {
            return Optional.of(git(
                    uri,
                    repo,
                    segments.get(3),
                    segments.subList(4, segments.size()),
                    target,
                    hostedFiles(uri, repo, "blob/" + segments.get(3))));
        }
        if (kind.equals("src") && segments.get(3).equals("branch") && segments.size() >= 5) {
            return Optional.of(git(
                    uri,
                    repo,
                    segments.get(4),
                    segments.subList(5, segments.size()),
                    target,
                    hostedFiles(uri, repo, "src/branch/" + segments.get(4))));
        }
        if (kind.equals("src")) {
            return Optional.of(git(
                    uri,
                    repo,
                    segments.get(3),
                    segments.subList(4, segments.size()),
                    target,
                    hostedFiles(uri, repo, "src/" + segments.get(3))));
        }
        return Optional.empty();
    }

    private static GitTarget plainGit(URI uri, String target) {
        Map<String, String> query = query(uri);
        String branch = query.get("ref");
        String path = query.get("path");
        if (branch == null || path == null) {
            throw new InvalidInputException(
                    "Git location " + target + " must name its branch and path;"
                            + " write it as <repository-url>?ref=<branch>&path=<path-or-glob>, e.g. ?ref=main&path=**/catalog-info.yaml.");
        }
        URI repository = withoutQuery(uri, uri.getPath());
        String repositoryAsWritten = target.substring(0, target.indexOf('?'));
        return new GitTarget(
                repository,
                branch,
                selector(path, target),
                target,
                new FileUrls(repositoryAsWritten + "?ref=" + branch + "&path=", "", false));
    }

    private static GitTarget git(
            URI uri, List<String> repo, String branch, List<String> path, String target, FileUrls files) {
        URI repository =
                withoutQuery(uri, "/" + String.join("/", repo) + (repo.getLast().endsWith(".git") ? "" : ".git"));
        return new GitTarget(repository, branch, selector(String.join("/", path), target), target, files);
    }

    /** Files of a hosted repository: {@code <origin>/<repo>/<kind and branch>/<path>}. */
    private static FileUrls hostedFiles(URI uri, List<String> repo, String kindAndBranch) {
        return new FileUrls(origin(uri) + "/" + String.join("/", repo) + "/" + kindAndBranch + "/", "", true);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static FileTarget parseFile(String target) {
        if (target.contains("://") || !target.startsWith("/")) {
            throw new InvalidInputException(
                    "File location " + target
                            + " is not an absolute path; write it as /absolute/path/catalog-info.yaml or /absolute/dir/**/catalog-info.yaml.");
        }
        String[] segments = target.split("/");
        int firstGlob = 0;
        while (firstGlob < segments.length
                && !segments[firstGlob].contains("*")
                && !segments[firstGlob].contains("?")) {
            firstGlob++;
        }
        String base = String.join("/", Arrays.copyOfRange(segments, 0, firstGlob));
        String glob = String.join("/", Arrays.copyOfRange(segments, firstGlob, segments.length));
        try {
            Path path = Path.of(base.isEmpty() ? "/" : base);
            if (path.normalize().getNameCount() != path.getNameCount()) {
                throw new InvalidInputException("File location " + target
                        + " contains '.' or '..' segments; write the absolute path without them.");
            }
            return new FileTarget(path, glob.isEmpty() ? PathSelector.all() : selector(glob, target), target);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(
                    "File location " + target + " is not a valid path: " + e.getReason()
                            + ". Write it as /absolute/path/catalog-info.yaml.",
                    e);
        }
    }

    private static PathSelector selector(String path, String target) {
        try {
            return PathSelector.of(path);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Location target " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isBlobOrTree(String segment) {
        return segment.equals("blob") || segment.equals("tree");
    }

    private static List<String> segments(@org.jspecify.annotations.Nullable String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static URI withoutQuery(URI uri, String path) {
        try {
            return new URI(
                    uri.getScheme().toLowerCase(java.util.Locale.ROOT),
                    null,
                    uri.getHost(),
                    uri.getPort(),
                    path,
                    null,
                    null);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(
                    "Location " + uri + " has no valid repository URL: " + e.getReason() + ". " + ACCEPTED_FORMS, e);
        }
    }

    private static URI toUri(String target) {
        try {
            return new URI(target);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(
                    "Location target " + target + " is not a valid URL: " + e.getReason() + ". " + ACCEPTED_FORMS, e);
        }
    }

    private static InvalidInputException unparseable(String target) {
        return new InvalidInputException("Location target " + target
                + " is not a repository file or folder URL Socle understands. " + ACCEPTED_FORMS);
    }
}
