package dev.socle.catalog.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.SocleApplication;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.LocationUnregistered;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.catalog.testkit.TestPostgres;
import dev.socle.testing.GitSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A catalog event whose delivery did not complete before the application stopped is delivered when it starts again:
 * the publication registry keeps it in PostgreSQL with the change that caused it.
 */
class UndeliveredEventsAfterRestartIT {

    static volatile boolean listenerFails;
    static final AtomicInteger attempts = new AtomicInteger();
    static final List<UUID> delivered = new CopyOnWriteArrayList<>();

    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void anUnregistrationWhoseListenerFailedIsDeliveredAgainWhenTheApplicationRestarts() {
        String database = TestPostgres.newDatabaseUrl();
        TestGitRepo repo = GitSources.get().newRepository("restart");
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: restarted
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                """).commit("Add a component");
        listenerFails = true;
        ConfigurableApplicationContext first = start("first", database);
        CatalogService catalog = first.getBean(CatalogService.class);
        UUID location = catalog.registerLocation("url", GitSources.get().blobUrl(repo, "catalog-info.yaml"), null)
                .location()
                .id();

        catalog.unregisterLocation(location, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() >= 1);
        first.close();
        assertThat(delivered).isEmpty();

        listenerFails = false;
        ConfigurableApplicationContext second = start("second", database);

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered.contains(location));
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where listener_id like ?",
                                Integer.class,
                                "%" + UnregistrationListener.class.getSimpleName() + "%")
                        == 0);
        assertThat(delivered).containsExactly(location);
        repo.close();
    }

    private ConfigurableApplicationContext start(String name, String database) {
        GitSources sources = GitSources.get();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        SocleApplication.class, UnregistrationListener.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--socle.catalog.search.in-memory=true",
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--socle.admin.password=restart-password",
                        "--socle.catalog.reading.allowed-hosts=" + sources.allowedHost(),
                        "--socle.catalog.reading.cache-directory="
                                + sources.root().resolve(".cache-restart-" + name));
        instances.add(context);
        return context;
    }

    /** A listener outside the catalog that fails while {@link #listenerFails} is set. */
    static class UnregistrationListener {

        @ApplicationModuleListener
        void on(LocationUnregistered unregistered) {
            attempts.incrementAndGet();
            if (listenerFails) {
                throw new IllegalStateException("Failing on purpose: the listener is down");
            }
            delivered.add(unregistered.locationId());
        }
    }
}
