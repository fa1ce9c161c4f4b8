package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.testing.ExampleOrganisation;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Operators scrape the catalog's state from {@code /actuator/prometheus}: locations, entities, problems, reads. */
@SocleIntegrationTest
class CatalogMetricsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] EDITOR = bearer(TestIdentities.SERVICE_TOKEN);
    private static final String[] SCRAPER = bearer(TestIdentities.ADMIN_TOKEN);

    private static final Path DASHBOARD = Path.of("..", "docs-site", "grafana", "socle-catalog.json");
    private static final Path ALERTS = Path.of("..", "docs-site", "grafana", "socle-alerts.yml");

    @LocalServerPort
    int port;

    Http http;
    RegisteredLocations locations;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        locations = new RegisteredLocations(http, EDITOR);
    }

    @AfterEach
    void unregister() {
        locations.close();
    }

    @Test
    void aScrapeShowsLocationsByStatusEntitiesByKindProblemsAndReadDurations() throws Exception {
        Path descriptor = ExampleOrganisation.copyUnderAllowedRoot();
        register(descriptor);
        Path broken = descriptor.resolveSibling("broken.yaml");
        Files.writeString(broken, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: [\n");
        register(broken);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(value(scrape, "socle_catalog_entities\\{kind=\"user\"\\}"))
                    .isGreaterThanOrEqualTo(4);
            assertThat(value(scrape, "socle_catalog_entities\\{kind=\"component\"\\}"))
                    .isGreaterThanOrEqualTo(3);
            assertThat(value(scrape, "socle_catalog_locations\\{status=\"ok\"\\}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "socle_catalog_locations\\{status=\"error\"\\}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "socle_catalog_problems\\{kind=\"error\"\\}"))
                    .isGreaterThanOrEqualTo(1);
        });
        refresh("component:default/checkout");
        String scrape = scrape();
        assertThat(value(
                        scrape,
                        "socle_catalog_ingestion_duration_seconds_count\\{outcome=\"(?:applied|unchanged)\"\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape)
                .contains("socle_catalog_location_last_success_age_max_seconds ")
                .contains("socle_catalog_locations_stale ")
                .contains("socle_catalog_locations{status=\"pending\"}");
    }

    @Test
    void everyCatalogSeriesTheShippedDashboardAndAlertsQueryIsScraped() throws Exception {
        register(ExampleOrganisation.copyUnderAllowedRoot());
        refresh("component:default/storefront");
        String shipped = Files.readString(DASHBOARD) + Files.readString(ALERTS);
        Matcher series = Pattern.compile("socle_catalog_[a-z_]+").matcher(shipped);
        var names = new java.util.TreeSet<String>();
        while (series.find()) {
            names.add(series.group());
        }

        assertThat(names).hasSizeGreaterThanOrEqualTo(6);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = scrape();
            assertThat(names).allSatisfy(name -> assertThat(scrape).contains("\n" + name));
        });
    }

    @Test
    void aTokenWithoutTheAdminRoleCannotScrape() {
        assertThat(http.get("/actuator/prometheus", EDITOR).statusCode()).isEqualTo(403);
    }

    private void register(Path file) {
        var response =
                http.postJson("/api/catalog/locations", "{\"type\":\"file\",\"target\":\"" + file + "\"}", EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        locations.add(JSON.readTree(response.body()).path("location").path("id").asString());
    }

    private void refresh(String entityRef) {
        var response = http.postJson("/api/catalog/refresh", "{\"entityRef\":\"" + entityRef + "\"}", EDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String scrape() {
        var response = http.get("/actuator/prometheus", SCRAPER);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
