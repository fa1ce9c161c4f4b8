package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bare repository per remote under {@code socle.catalog.reading.cache-directory}, updated one
 * branch at a time. Objects already present are never fetched again. Each update stamps the cache's
 * {@value #LAST_USED} file, which {@link GitCacheMaintenance} reads to delete caches no location uses any more.
 */
final class GitCache {

    private static final Logger log = LoggerFactory.getLogger(GitCache.class);
    static final String LAST_USED = "socle-last-used";

    private final CatalogProperties.Reading reading;
    private final ConcurrentHashMap<Path, ReentrantLock> locks = new ConcurrentHashMap<>();

    GitCache(CatalogProperties.Reading reading) {
        this.reading = reading;
    }

    /** The bare cache repository for {@code repository}. */
    Path directoryFor(URI repository) {
        String name = (repository.getHost() == null ? "local" : repository.getHost())
                + (repository.getPort() == -1 ? "" : "_" + repository.getPort())
                + repository.getPath().replaceAll("[^A-Za-z0-9._-]+", "-");
        name = name.replaceAll("\\.git$", "").replaceAll("-+$", "");
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return reading.cacheDirectory()
                .toAbsolutePath()
                .normalize()
                .resolve(name.toLowerCase(Locale.ROOT) + "-" + shortHash(repository.toString()) + ".git");
    }

    /** Brings {@code branch} of {@code target}'s repository into the cache; returns its head commit. */
    ObjectId update(GitTarget target) {
        Path directory = directoryFor(target.repository());
        ReentrantLock lock = locks.computeIfAbsent(directory, d -> new ReentrantLock());
        lock.lock();
        try (Repository repository = openOrCreate(directory)) {
            ObjectId head = fetch(repository, target);
            Files.write(directory.resolve(LAST_USED), new byte[0]);
            return head;
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not use the git cache " + directory + " for location "
                            + target.original() + ": " + e.getMessage() + ". Check that the directory is writable,"
                            + " or delete it to start afresh.",
                    e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} on a cache unless an update holds it; answers whether it ran. */
    boolean ifIdle(Path directory, CacheAction action) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(directory, d -> new ReentrantLock());
        if (!lock.tryLock()) {
            return false;
        }
        try {
            action.run(directory);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Work on one cache directory. */
    @FunctionalInterface
    interface CacheAction {
        void run(Path directory) throws IOException;
    }

    static Repository open(Path directory) throws IOException {
        return new FileRepositoryBuilder()
                .setGitDir(directory.toFile())
                .setBare()
                .setMustExist(true)
                .build();
    }

    private Repository openOrCreate(Path directory) throws IOException {
        Repository repository = new FileRepositoryBuilder()
                .setGitDir(directory.toFile())
                .setBare()
                .build();
        if (!Files.exists(directory.resolve("objects"))) {
            Files.createDirectories(directory.getParent());
            repository.create(true);
            StoredConfig config = repository.getConfig();
            config.setString("http", null, "followRedirects", "false");
            config.setInt("gc", null, "auto", 0);
            config.save();
            log.info("Created git cache {}", directory);
        }
        return repository;
    }

    private ObjectId fetch(Repository repository, GitTarget target) {
        String refName = "refs/heads/" + target.branch();
        try (Transport transport = Transport.open(repository, toUriish(target.repository()))) {
            transport.setTimeout(
                    Math.toIntExact(Math.max(1, reading.fetchTimeout().toSeconds())));
            transport.setTagOpt(TagOpt.NO_TAGS);
            if (!target.isLocal()) {
                reading.credentialsFor(target.repository().getHost())
                        .filter(token -> ReadingPolicy.maySendToken(target.repository(), token))
                        .ifPresent(token -> transport.setCredentialsProvider(
                                new UsernamePasswordCredentialsProvider(token.username(), token.token())));
            }
            try (FetchConnection connection = transport.openFetch()) {
                Ref remote = connection.getRef(refName);
                if (remote == null || remote.getObjectId() == null) {
                    throw new NotFoundException("Branch " + target.branch() + " does not exist in "
                            + target.repository() + " (location " + target.original()
                            + "); correct the branch name.");
                }
                ObjectId head = remote.getObjectId();
                if (repository.getObjectDatabase().has(head)) {
                    log.debug("Commit {} of {} is already cached; nothing to fetch", head.name(), target.repository());
                } else {
                    connection.fetch(NullProgressMonitor.INSTANCE, List.of(remote), Set.of());
                    log.debug("Fetched {} {} at {}", target.repository(), refName, head.name());
                }
                updateRef(repository, refName, head);
                return head;
            }
        } catch (NoRemoteRepositoryException e) {
            throw new NotFoundException(
                    "Repository " + target.repository() + " of location " + target.original()
                            + " does not exist or is not visible with the configured token; check the URL and"
                            + " socle.catalog.reading.host-tokens.",
                    e);
        } catch (TransportException e) {
            throw translate(target, e);
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not fetch " + target.repository() + " for location " + target.original() + ": "
                            + e.getMessage() + ". Check the URL and that the host is reachable.",
                    e);
        }
    }

    private static RuntimeException translate(GitTarget target, TransportException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not authorized")
                || message.contains("CredentialsProvider")
                || message.contains("Authentication")
                || message.contains("401")) {
            return new NotAllowedException(
                    "Host " + target.repository().getHost() + " refused access to "
                            + target.repository() + " (location " + target.original()
                            + "); set a token with read access"
                            + " for that host in socle.catalog.reading.host-tokens (environment"
                            + " SOCLE_CATALOG_READING_HOSTTOKENS_<n>_HOST and _TOKEN).",
                    e);
        }
        return new SourceUnavailableException(
                "Could not fetch " + target.repository() + " for location "
                        + target.original() + ": " + message + ". Check the URL, that the host is reachable, and"
                        + " socle.catalog.reading.fetch-timeout.",
                e);
    }

    private static void updateRef(Repository repository, String refName, ObjectId head) throws IOException {
        RefUpdate update = repository.updateRef(refName);
        update.setNewObjectId(head);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW
                && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE
                && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("could not update " + refName + " in the cache: " + result);
        }
    }

    private static URIish toUriish(URI repository) {
        try {
            if ("file".equalsIgnoreCase(repository.getScheme())) {
                return new URIish(Path.of(repository).toFile().getAbsolutePath());
            }
            return new URIish(repository.toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(
                    "Repository URL " + repository + " was accepted but JGit cannot read it", e);
        }
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256, which every Java platform must provide", e);
        }
    }
}
