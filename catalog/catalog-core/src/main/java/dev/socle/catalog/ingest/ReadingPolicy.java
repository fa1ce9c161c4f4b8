package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before any I/O towards the source, whether a location may be read: remote hosts must be
 * in {@code socle.catalog.reading.allowed-hosts}, local paths (after resolving symbolic links) under
 * {@code socle.catalog.reading.allowed-file-roots}. Empty lists allow nothing of that kind.
 */
final class ReadingPolicy {

    private static final Logger log = LoggerFactory.getLogger(ReadingPolicy.class);

    private final List<String> allowedHosts;
    private final List<Path> allowedFileRoots;
    private final CatalogProperties.Reading reading;

    public ReadingPolicy(CatalogProperties.Reading reading) {
        this.reading = reading;
        this.allowedHosts = reading.allowedHosts().stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .toList();
        this.allowedFileRoots = reading.allowedFileRoots();
    }

    /** Throws {@link NotAllowedException} unless {@code target} may be read. */
    public void check(LocationTarget target) {
        switch (target) {
            case GitTarget git when git.isLocal() -> allowedLocalPath(Path.of(git.repository()), target.original());
            case GitTarget git -> {
                checkHost(git.repository(), target.original());
                checkTokenTransport(git.repository(), target.original());
            }
            case FileTarget file -> allowedLocalPath(file.path(), target.original());
        }
    }

    /** Checks a remote URL's host and port against the allowed hosts. */
    public void checkHost(URI url, String original) {
        checkHostOf(url, "Location " + original);
    }

    /**
     * Checks the host of a URL a placeholder names (or a redirect leads to), as {@link #checkHost} does for
     * locations, and that its scheme is {@code http} or {@code https} without credentials.
     */
    public void checkUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new NotAllowedException(
                    "URL " + url + " is not an http:// or https:// URL with a host; Socle reads" + " only those.");
        }
        if (url.getRawUserInfo() != null) {
            throw new NotAllowedException(
                    "A URL on host " + url.getHost() + " contains credentials; remove them from it"
                            + " and set socle.catalog.reading.host-tokens instead.");
        }
        checkHostOf(url, "URL " + url);
        checkTokenTransportOf(url, "URL " + url);
    }

    /**
     * Whether an entry of {@code socle.catalog.reading.allowed-hosts} names the URL's host itself (not through a
     * {@code *.} wildcard): only such a host may resolve to a loopback, private or link-local address.
     */
    public boolean namesHostExplicitly(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = effectivePort(url);
        boolean defaultPort = url.getPort() == -1 || port == defaultPort(url.getScheme());
        return allowedHosts.stream()
                .filter(entry -> !entry.startsWith("*."))
                .anyMatch(entry -> matches(entry, host, port, defaultPort));
    }

    private void checkHostOf(URI url, String subject) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = effectivePort(url);
        boolean defaultPort = url.getPort() == -1 || port == defaultPort(url.getScheme());
        String shown = defaultPort ? host : host + ":" + port;
        if (allowedHosts.isEmpty()) {
            throw new NotAllowedException(subject + " is on host " + shown + ", but no remote host is allowed; add '"
                    + shown + "' to socle.catalog.reading.allowed-hosts.");
        }
        if (allowedHosts.stream().noneMatch(entry -> matches(entry, host, port, defaultPort))) {
            throw new NotAllowedException(subject + " is on host " + shown
                    + ", which is not in socle.catalog.reading.allowed-hosts " + allowedHosts + "; add '" + shown
                    + "' to that setting to read from it.");
        }
    }

    /**
     * Refuses to read over plain {@code http://} from a host that has a token, unless its entry allows insecure
     * http: the token would cross the network readable by anyone on the way.
     */
    public void checkTokenTransport(URI url, String original) {
        checkTokenTransportOf(url, "Location " + original);
    }

    private void checkTokenTransportOf(URI url, String subject) {
        if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            return;
        }
        reading.credentialsFor(url.getHost())
                .filter(token -> !token.allowInsecureHttp())
                .ifPresent(token -> {
                    throw new NotAllowedException(subject + " is read over plain http from "
                            + url.getHost()
                            + ", which has a token in socle.catalog.reading.host-tokens; Socle sends tokens"
                            + " over https only. Use an https:// URL, or set allow-insecure-http=true on that host-tokens"
                            + " entry if the network is trusted.");
                });
    }

    /** Whether {@code token} may be sent to {@code url}: over https, or over http when its entry allows it. */
    static boolean maySendToken(URI url, CatalogProperties.HostToken token) {
        return "https".equalsIgnoreCase(url.getScheme())
                || "http".equalsIgnoreCase(url.getScheme()) && token.allowInsecureHttp();
    }

    /**
     * Resolves {@code path} (following symbolic links) and returns the real path and the allowed root
     * it lies under; refuses paths outside every root, lexically or after resolving links.
     */
    public AllowedPath allowedLocalPath(Path path, String original) {
        if (allowedFileRoots.isEmpty()) {
            throw new NotAllowedException("Location " + original + " is a local path, but no local path is allowed;"
                    + " add a directory containing it to socle.catalog.reading.allowed-file-roots.");
        }
        Path normal = path.toAbsolutePath().normalize();
        List<Path> roots = allowedFileRoots.stream()
                .map(ReadingPolicy::realRoot)
                .flatMap(Optional::stream)
                .toList();
        boolean lexicallyInside = roots.stream().anyMatch(normal::startsWith)
                || allowedFileRoots.stream()
                        .map(r -> r.toAbsolutePath().normalize())
                        .anyMatch(normal::startsWith);
        if (!lexicallyInside) {
            throw outsideRoots(original);
        }
        Path real;
        try {
            real = normal.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NotFoundException("Location " + original + " does not exist; create it or correct the path.", e);
        } catch (IOException e) {
            throw new SourceUnavailableException("Could not resolve location " + original + ": " + e.getMessage(), e);
        }
        return roots.stream()
                .filter(real::startsWith)
                .findFirst()
                .map(root -> new AllowedPath(real, root))
                .orElseThrow(() -> {
                    log.warn(
                            "Refused location {}: it resolves through a symbolic link to {}, outside {}",
                            original,
                            real,
                            allowedFileRoots);
                    return outsideRoots(original);
                });
    }

    private NotAllowedException outsideRoots(String original) {
        return new NotAllowedException("Location " + original
                + " lies (after resolving symbolic links) outside socle.catalog.reading.allowed-file-roots "
                + allowedFileRoots + "; add a directory containing it to that setting.");
    }

    private static Optional<Path> realRoot(Path root) {
        if (!root.isAbsolute()) {
            log.warn("Ignoring socle.catalog.reading.allowed-file-roots entry {}: it is not absolute", root);
            return Optional.empty();
        }
        try {
            return Optional.of(root.toRealPath());
        } catch (IOException e) {
            log.warn("Ignoring socle.catalog.reading.allowed-file-roots entry {}: {}", root, e.toString());
            return Optional.empty();
        }
    }

    private static boolean matches(String entry, String host, int port, boolean defaultPort) {
        int colon = entry.lastIndexOf(':');
        String entryHost = colon < 0 ? entry : entry.substring(0, colon);
        boolean hostMatches =
                entryHost.startsWith("*.") ? host.endsWith(entryHost.substring(1)) : host.equals(entryHost);
        if (!hostMatches) {
            return false;
        }
        if (colon < 0) {
            return defaultPort;
        }
        return entry.substring(colon + 1).equals(String.valueOf(port));
    }

    private static int effectivePort(URI url) {
        return url.getPort() != -1 ? url.getPort() : defaultPort(url.getScheme());
    }

    private static int defaultPort(String scheme) {
        return "http".equalsIgnoreCase(scheme) ? 80 : 443;
    }

    /**
     * A local path that passed the policy.
     *
     * @param realPath the path with every symbolic link resolved
     * @param root the allowed root (itself resolved) that contains it
     */
    public record AllowedPath(Path realPath, Path root) {}
}
