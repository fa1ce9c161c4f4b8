package dev.socle.testing;

import dev.socle.catalog.testkit.TestGitHttpServer;
import dev.socle.catalog.testkit.TestGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Real git repositories for catalog tests, served over smart HTTP on 127.0.0.1 by one server per test JVM (so one
 * allowed host covers them all) and also readable as local {@code file://} repositories under one allowed root.
 */
public final class GitSources {

    private static GitSources instance;

    private final Path root;
    private final TestGitHttpServer server;

    private GitSources(Path root, TestGitHttpServer server) {
        this.root = root;
        this.server = server;
    }

    public static synchronized GitSources get() {
        if (instance == null) {
            try {
                Path root = Files.createTempDirectory("socle-git-sources").toRealPath();
                instance = new GitSources(root, TestGitHttpServer.start(null, Map.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A new, empty repository with a unique name, served over HTTP. */
    public TestGitRepo newRepository(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestGitRepo repo = TestGitRepo.create(root.resolve(name));
        server.serve(name, repo.repository());
        server.serve(name + ".git", repo.repository());
        return repo;
    }

    /** A new repository holding the files of a fixture catalog from {@code src/test/resources/catalogs/<name>}. */
    public TestGitRepo fixture(String catalog) {
        TestGitRepo repo = newRepository(catalog);
        Path source = Path.of("src/test/resources/catalogs", catalog);
        try (var files = Files.walk(source)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> repo.writeFile(source.relativize(file).toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repo.commit("Add the " + catalog + " catalog");
        return repo;
    }

    /** The URL of a file as GitHub shows it, e.g. {@code http://127.0.0.1:port/git/acme-1234/blob/main/x.yaml}. */
    public String blobUrl(TestGitRepo repo, String path) {
        return "http://127.0.0.1:" + server.port() + "/git/" + repo.directory().getFileName() + "/blob/main/" + path;
    }

    /** The repository's URL as a browser shows it, e.g. {@code http://127.0.0.1:port/git/acme-1234}. */
    public String repositoryUrl(TestGitRepo repo) {
        return "http://127.0.0.1:" + server.port() + "/git/" + repo.directory().getFileName();
    }

    public String allowedHost() {
        return "127.0.0.1:" + server.port();
    }

    public Path root() {
        return root;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
