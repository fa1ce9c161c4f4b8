package dev.socle.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.SocleApplication;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.LocationRefreshed;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.testkit.TestEntities;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.catalog.testkit.TestPostgres;
import dev.socle.testing.GitSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Two Socle instances on one PostgreSQL: every due location is read by exactly one of them, and none is lost. Each
 * instance records the locations it refreshed through the catalog's {@link LocationRefreshed} events.
 */
class TwoInstancesShareTheCatalogWorkIT {

    static final int LOCATIONS = 16;

    final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    final Map<String, List<UUID>> refreshedBy = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyLocationIsReadByExactlyOneInstanceAndNoneIsLost() {
        String database = TestPostgres.newDatabaseUrl();
        ConfigurableApplicationContext first = start("first", database);
        ConfigurableApplicationContext second = start("second", database);
        CatalogService catalog = first.getBean(CatalogService.class);
        List<String> components = new ArrayList<>();
        for (int i = 0; i < LOCATIONS; i++) {
            String name = "shared-work-" + i;
            TestGitRepo repo = GitSources.get().newRepository(name);
            repo.writeFile("catalog-info.yaml", TestEntities.component(name).yaml())
                    .commit("Add " + name);
            catalog.ensureConfiguredLocation("url", GitSources.get().blobUrl(repo, "catalog-info.yaml"));
            components.add(name);
        }

        CatalogQueries queries = first.getBean(CatalogQueries.class);
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(components)
                        .allSatisfy(name -> assertThat(queries.byRef(new EntityRef("Component", "default", name)))
                                .isPresent()));
        // An entity is served as soon as its stitch commits; the refresh event follows once the read is recorded.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(refreshedBy.values().stream()
                                .mapToInt(List::size)
                                .sum())
                        .isGreaterThanOrEqualTo(LOCATIONS));

        List<UUID> all = new ArrayList<>();
        refreshedBy.values().forEach(all::addAll);
        assertThat(all).as("refreshes across both instances").hasSize(LOCATIONS).doesNotHaveDuplicates();
        assertThat(Set.copyOf(all)).hasSize(LOCATIONS);
        assertThat(refreshedBy.get("first"))
                .as("locations the first instance read")
                .isNotEmpty();
        assertThat(refreshedBy.get("second"))
                .as("locations the second instance read")
                .isNotEmpty();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            CatalogQueries search = instance.getBean(CatalogQueries.class);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(search.query(EntityQuery.of(
                                            EntityFilter.parse(List.of("kind=component,spec.type=service")),
                                            List.of(),
                                            100))
                                    .items())
                            .extracting(entity -> entity.ref().name())
                            .as("each instance's search index follows what both instances wrote")
                            .containsExactlyInAnyOrderElementsOf(components));
        }
        System.out.printf(
                "first instance read %d locations, second %d%n",
                refreshedBy.getOrDefault("first", List.of()).size(),
                refreshedBy.getOrDefault("second", List.of()).size());
    }

    private ConfigurableApplicationContext start(String name, String database) {
        List<UUID> refreshed = refreshedBy.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>());
        GitSources sources = GitSources.get();
        // Command-line arguments, not builder properties: those are defaults that application.yml overrides.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SocleApplication.class)
                .listeners(event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof LocationRefreshed done) {
                        refreshed.add(done.locationId());
                    }
                })
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--socle.catalog.search.in-memory=true",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--socle.admin.password=two-instances-password",
                        "--socle.catalog.reading.allowed-hosts=" + sources.allowedHost(),
                        "--socle.catalog.reading.cache-directory="
                                + sources.root().resolve(".cache-" + name),
                        "--socle.catalog.refresh.poll-interval=200ms",
                        "--socle.catalog.refresh.batch-size=2",
                        "--socle.catalog.refresh.interval=1h");
        instances.add(context);
        return context;
    }
}
