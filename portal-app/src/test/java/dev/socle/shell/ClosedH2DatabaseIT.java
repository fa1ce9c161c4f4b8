package dev.socle.shell;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the embedded H2 database closes under Socle (as H2 does after a failed write, e.g. on a full disk), Socle
 * throws away the dead connections and opens the database again by itself: no restart. The test closes the file
 * database with H2's {@code SHUTDOWN} from a connection of its own.
 */
@SocleIntegrationTest
class ClosedH2DatabaseIT {

    private static final String[] READER = bearer(TestIdentities.READER_TOKEN);
    private static final String URL = "jdbc:h2:file:" + temporaryDirectory().resolve("socle")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Test
    void afterH2ClosedTheDatabaseSocleOpensItAgainByItself() throws SQLException {
        Http http = new Http(port);
        assertThat(http.get("/api/catalog/locations", READER).statusCode()).isEqualTo(200);

        try (Connection connection = DriverManager.getConnection(URL, "socle", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var response = http.get("/api/catalog/locations", READER);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        });
        var meanwhile = http.get("/api/catalog/entities/by-name/component/default/none", READER);
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(404);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("socle-closed-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
