package dev.socle.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.SocleApplication;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.catalog.testkit.TestPostgres;
import dev.socle.testing.GitSources;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instance stopped in the middle of a read (as by {@code kill -9}) leaves its claim on the location, with a lease
 * of ten minutes. Started again under the same {@code socle.catalog.instance-id}, it ends that claim at start-up and
 * reads the location within a poll interval.
 */
class RestartedInstanceResumesItsCutOffReadIT {

    private static final EntityRef COMPONENT = new EntityRef("Component", "default", "resumed");

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aLocationWhoseReadWasCutOffIsReadAtOnceWhenTheInstanceStartsAgain() {
        String database = TestPostgres.newDatabaseUrl();
        TestGitRepo repo = GitSources.get().newRepository("resumed");
        repo.writeFile("catalog-info.yaml", component("v1")).commit("Add the component");
        ConfigurableApplicationContext before = start(database);
        UUID location = before.getBean(CatalogService.class)
                .registerLocation("url", GitSources.get().blobUrl(repo, "catalog-info.yaml"), "tester")
                .location()
                .id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        before.getBean(JdbcTemplate.class)
                .update(
                        "update catalog_location set claimed_by = 'socle-a', claimed_at = ?, claimed_until = ?"
                                + " where id = ?",
                        now,
                        now.plusMinutes(10),
                        location);
        before.close();
        repo.writeFile("catalog-info.yaml", component("v2")).commit("Describe the component");

        ConfigurableApplicationContext after = start(database);

        CatalogQueries queries = after.getBean(CatalogQueries.class);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(queries.byRef(COMPONENT)
                                .orElseThrow()
                                .body()
                                .path("metadata")
                                .path("description")
                                .asString())
                        .as("read again long before the ten-minute lease and the one-hour interval end")
                        .isEqualTo("v2"));
    }

    private ConfigurableApplicationContext start(String database) {
        GitSources sources = GitSources.get();
        // Command-line arguments, not builder properties: those are defaults that application.yml overrides.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SocleApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--socle.catalog.instance-id=socle-a",
                        "--socle.catalog.search.in-memory=true",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--socle.admin.password=restarted-instance-password",
                        "--socle.catalog.reading.allowed-hosts=" + sources.allowedHost(),
                        "--socle.catalog.reading.cache-directory="
                                + sources.root().resolve(".cache-restarted"),
                        "--socle.catalog.refresh.poll-interval=200ms",
                        "--socle.catalog.refresh.interval=1h");
        instances.add(context);
        return context;
    }

    private static String component(String description) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: resumed
                  description: %s
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                """.formatted(description);
    }
}
