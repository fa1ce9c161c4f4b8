package dev.socle.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import dev.socle.testing.browser.BrowserExtension;
import dev.socle.testing.browser.Socle;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * While PostgreSQL is down, Socle answers at once with 503 and says why, health reports DOWN, and a correct sign-in
 * is not called a wrong password; once PostgreSQL is back, all of it works again without a restart. The test runs
 * its own PostgreSQL server, stopped and started again on the same data and port.
 */
@SocleIntegrationTest
@ExtendWith(BrowserExtension.class)
class DatabaseOutageBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] READER = bearer(TestIdentities.READER_TOKEN);
    private static final Path DATA = temporaryDirectory();
    private static final int DB_PORT = freePort();
    private static EmbeddedPostgres postgres = startPostgres();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void anOutageIsAnswered503AndDownAndSocleRecoversByItselfWhenPostgresIsBack(Socle socle) throws IOException {
        Http http = new Http(port);
        assertThat(http.get("/api/catalog/locations", READER).statusCode()).isEqualTo(200);

        postgres.close();

        var during = http.get("/api/catalog/locations", READER);
        assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).contains("5");
        JsonNode problem = JSON.readTree(during.body());
        assertThat(problem.path("type").asString()).isEqualTo("/docs/problems/database-unavailable");
        assertThat(problem.path("detail").asString()).contains("The database is unavailable; Socle retries by itself");
        assertThat(problem.path("error").path("name").asString()).isEqualTo("Error");
        var health = http.get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("DOWN");

        socle.openLogin().signIn(TestIdentities.ADMIN_USERNAME, TestIdentities.ADMIN_PASSWORD);
        Page page = socle.page();
        assertThat(page.getByText("Socle cannot reach its database")).isVisible();
        assertThat(page.getByText("Incorrect username or password")).hasCount(0);

        postgres = startPostgres();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(http.get("/api/catalog/locations", READER).statusCode()).isEqualTo(200);
            assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        });
        socle.signInAsAdmin();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setPort(DB_PORT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + DB_PORT + " in " + DATA, e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("socle-outage-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
