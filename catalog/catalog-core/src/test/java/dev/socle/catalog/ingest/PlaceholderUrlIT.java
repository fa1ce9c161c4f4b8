package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.testkit.TestGitHttpServer;
import dev.socle.catalog.testkit.TestGitRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code $text}, {@code $json} and {@code $yaml} naming a URL, read from a real HTTP server on 127.0.0.1 under the
 * reading allow-lists: redirects checked hop by hop, internal addresses refused unless the host is named itself, one
 * fetch per URL per read, and failures as problems at the placeholder.
 */
class PlaceholderUrlIT {

    private static final String SPEC = "openapi: 3.1.0\ninfo: {title: Payments, version: '1'}\n";

    @TempDir
    Path temp;

    HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    Path location;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        location = Files.createDirectories(temp.resolve("files/payments"));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/specs/openapi.yaml" -> send(exchange, 200, SPEC);
            case "/specs/moved.yaml" -> redirect(exchange, "/specs/openapi.yaml");
            case "/specs/elsewhere.yaml" -> redirect(exchange, "http://localhost:" + port() + "/specs/openapi.yaml");
            case "/specs/private.yaml" -> redirect(exchange, "http://docs.acme.test:" + port() + "/specs/openapi.yaml");
            case "/specs/huge.yaml" -> send(exchange, 200, "x".repeat(2 * 1024 * 1024));
            default -> send(exchange, 404, "not found");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private TestReadings readings(String... hosts) {
        return TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("files"))
                .hosts(hosts);
    }

    private LocationRead read(TestReadings readings, String... definitions) {
        return read(readings, InetAddress::getAllByName, definitions);
    }

    private LocationRead read(TestReadings readings, HttpFileReader.HostResolver resolver, String... definitions) {
        StringBuilder descriptors = new StringBuilder();
        for (int i = 0; i < definitions.length; i++) {
            descriptors.append(i == 0 ? "" : "---\n").append("""
                    apiVersion: backstage.io/v1alpha1
                    kind: API
                    metadata:
                      name: api-%d
                    spec:
                      type: openapi
                      lifecycle: production
                      owner: team-a
                      definition:
                        %s
                    """.formatted(i, definitions[i]));
        }
        try {
            Files.writeString(location.resolve("catalog-info.yaml"), descriptors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestReadings.locationReader(readings, temp, resolver)
                .read("file", location.resolve("catalog-info.yaml").toString());
    }

    private static String definition(LocationRead read, String name) {
        return read.entities().stream()
                .filter(entity -> entity.ref().name().equals(name))
                .map(IngestedEntity::entity)
                .findFirst()
                .orElseThrow()
                .spec()
                .path("definition")
                .asString();
    }

    @Test
    void aUrlOnAnExplicitlyAllowedHostIsReadOncePerReadOfTheLocation() {
        String text = "$text: " + url("/specs/openapi.yaml");

        LocationRead read = read(readings("127.0.0.1:" + port()), text, text);

        assertThat(read.problems()).isEmpty();
        assertThat(definition(read, "api-0")).isEqualTo(SPEC);
        assertThat(definition(read, "api-1")).isEqualTo(SPEC);
        assertThat(hits.get("/specs/openapi.yaml")).hasValue(1);
    }

    @Test
    void aRedirectOnTheAllowedHostIsFollowed() {
        LocationRead read = read(readings("127.0.0.1:" + port()), "$text: " + url("/specs/moved.yaml"));

        assertThat(read.problems()).isEmpty();
        assertThat(definition(read, "api-0")).isEqualTo(SPEC);
    }

    @Test
    void aRedirectToAHostNotAllowedIsRefusedWithoutFollowingIt() {
        LocationRead read = read(readings("127.0.0.1:" + port()), "$text: " + url("/specs/elsewhere.yaml"));

        assertThat(read.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("redirects to http://localhost:" + port(), "socle.catalog.reading.allowed-hosts");
        assertThat(hits.get("/specs/openapi.yaml")).isNull();
    }

    @Test
    void aHostThatResolvesToAPrivateAddressIsRefusedUnlessNamedItself() throws UnknownHostException {
        InetAddress privateAddress = InetAddress.getByAddress("docs.acme.test", new byte[] {10, 1, 2, 3});
        HttpFileReader.HostResolver resolver = host ->
                host.equals("docs.acme.test") ? new InetAddress[] {privateAddress} : InetAddress.getAllByName(host);

        LocationRead read = read(
                readings("127.0.0.1:" + port(), "*.acme.test:" + port()),
                resolver,
                "$text: http://docs.acme.test:" + port() + "/specs/openapi.yaml",
                "$text: " + url("/specs/private.yaml"));

        assertThat(read.problems())
                .hasSize(2)
                .extracting(DescriptorProblem::message)
                .allSatisfy(message ->
                        assertThat(message).contains("internal address 10.1.2.3", "'docs.acme.test:" + port() + "'"));
        assertThat(hits.get("/specs/openapi.yaml")).isNull();
    }

    @Test
    void aHostNotAllowedGetsTheMessageThatNamesTheSetting() {
        LocationRead read = read(
                readings("127.0.0.1:" + port()),
                "$text: https://raw.githubusercontent.com/acme/payments/main/openapi.yaml",
                "$text: https://github.com/acme/payments/blob/main/openapi.yaml");

        assertThat(read.problems())
                .extracting(DescriptorProblem::message)
                .satisfiesExactlyInAnyOrder(
                        raw -> assertThat(raw)
                                .contains(
                                        "URL https://raw.githubusercontent.com/acme/payments/main/openapi.yaml is on"
                                                + " host raw.githubusercontent.com",
                                        "add 'raw.githubusercontent.com' to that setting"),
                        blob -> assertThat(blob)
                                .contains(
                                        "URL https://github.com/acme/payments/blob/main/openapi.yaml is on host"
                                                + " github.com",
                                        "add 'github.com' to that setting"));
    }

    @Test
    void aMissingFileIsAProblemAtThePlaceholder() {
        LocationRead read = read(readings("127.0.0.1:" + port()), "$text: " + url("/specs/missing.yaml"));

        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("catalog-info.yaml");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message()).contains("answered 404", url("/specs/missing.yaml"));
        });
        assertThat(read.failedFiles()).containsExactly("catalog-info.yaml");
    }

    @Test
    void aFileOverTheSubstitutionLimitIsRefused() {
        LocationRead read = read(readings("127.0.0.1:" + port()), "$text: " + url("/specs/huge.yaml"));

        assertThat(read.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("more than", "a substitution may include");
    }

    @Test
    void aBlobUrlOfAGitHostIsReadThroughGitLikeALocation() {
        try (TestGitRepo repo = TestGitRepo.create(temp.resolve("repos/specs"))) {
            repo.writeFile("openapi.yaml", SPEC).commit("Add the spec");
            try (TestGitHttpServer git = TestGitHttpServer.start(null, Map.of("specs.git", repo.repository()))) {
                String blob = "http://127.0.0.1:" + git.port() + "/git/specs/blob/main/openapi.yaml";

                LocationRead read = read(readings("127.0.0.1:" + git.port()), "$text: " + blob);

                assertThat(read.problems()).isEmpty();
                assertThat(definition(read, "api-0")).isEqualTo(SPEC);
                assertThat(git.uploadCount()).isPositive();
            }
        }
    }

    @Test
    void aLocationThatReadsUrlsIsParsedAgainAtEveryRefresh() {
        LocationRead read = read(readings("127.0.0.1:" + port()), "$text: " + url("/specs/openapi.yaml"));

        assertThat(read.version()).startsWith("urls:").hasSizeLessThanOrEqualTo(64);
    }
}
