package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a placeholder URL serves can change while the location's own files do not: such a location is parsed again at
 * every refresh, and the change is stored.
 */
@H2Catalog
@Import(IngestionTestConfiguration.class)
class PlaceholderUrlRefreshIT {

    static {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private static final Path ROOT = createRoot();
    private static final AtomicReference<String> SPEC = new AtomicReference<>("version: '1'\n");
    private static final HttpServer SERVER = startServer();

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogQueries queries;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("socle.catalog.reading.allowed-file-roots[0]", ROOT::toString);
        properties.add("socle.catalog.reading.allowed-hosts[0]", () -> "127.0.0.1:" + port());
        properties.add(
                "socle.catalog.reading.cache-directory",
                () -> ROOT.resolve("cache").toString());
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop(0);
    }

    @Test
    void aChangeAtAPlaceholderUrlIsPickedUpByTheNextRefresh() throws IOException {
        Path descriptor = ROOT.resolve("payments/catalog-info.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, """
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: remote-spec-api
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-a
                  definition:
                    $text: http://127.0.0.1:%d/openapi.yaml
                """.formatted(port()));
        UUID id = catalog.registerLocation("file", descriptor.toString(), "tester")
                .location()
                .id();
        assertThat(definition()).isEqualTo("version: '1'\n");

        SPEC.set("version: '2'\n");

        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);
        assertThat(definition()).isEqualTo("version: '2'\n");
    }

    private String definition() {
        return queries.byRef(EntityRef.parse("api:default/remote-spec-api"))
                .orElseThrow()
                .body()
                .path("spec")
                .path("definition")
                .asString();
    }

    private static int port() {
        return SERVER.getAddress().getPort();
    }

    private static HttpServer startServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/openapi.yaml", exchange -> {
                byte[] body = SPEC.get().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("socle-placeholder-url-it").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
