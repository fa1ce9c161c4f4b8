package dev.socle.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog locations a test registers through the API and the repositories it makes: closing unregisters and
 * closes them all, so tests never see each other's entities.
 */
public final class RegisteredLocations implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final String[] token;
    private final List<String> ids = new ArrayList<>();
    private final List<TestGitRepo> repositories = new ArrayList<>();

    public RegisteredLocations(Http http, String[] token) {
        this.http = http;
        this.token = token.clone();
    }

    /** A new, empty repository served over HTTP, closed with the others. */
    public TestGitRepo repository(String prefix) {
        return keep(GitSources.get().newRepository(prefix));
    }

    /** Closes the repository with the others. */
    public TestGitRepo keep(TestGitRepo repository) {
        repositories.add(repository);
        return repository;
    }

    /** Registers the repository's file as a {@code url} location and returns its id; anything but 201 fails. */
    public String register(TestGitRepo repository, String file) {
        var response = http.postJson(
                "/api/catalog/locations",
                "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repository, file) + "\"}",
                token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return add(JSON.readTree(response.body()).path("location").path("id").asString());
    }

    /** Unregisters the location with the others; returns its id. */
    public String add(String id) {
        ids.add(id);
        return id;
    }

    /** Forgets a location the test unregistered itself. */
    public void remove(String id) {
        ids.remove(id);
    }

    /** Backstage's name for the Location entity generated for a location: {@code generated-} and SHA-1 of type:target. */
    public static String generatedName(String typeAndTarget) {
        try {
            return "generated-"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-1")
                                    .digest(typeAndTarget.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-1, which every Java platform must provide", e);
        }
    }

    @Override
    public void close() {
        ids.forEach(id -> http.delete("/api/catalog/locations/" + id, token));
        repositories.forEach(TestGitRepo::close);
    }
}
