package dev.socle.catalog.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.ChangeTrigger;
import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.EntityChange;
import dev.socle.catalog.LocationRefreshed;
import dev.socle.catalog.LocationRegistration;
import dev.socle.catalog.LocationUnregistered;
import dev.socle.catalog.RefreshOutcome;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.home.RecentCatalogChanges;
import dev.socle.home.RecentCatalogChanges.RecentChange;
import dev.socle.testing.CatalogEventProbe;
import dev.socle.testing.GitSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * What the catalog publishes for other modules: {@link EntitiesChanged}, {@link LocationRefreshed} and
 * {@link LocationUnregistered}, each inside the transaction that made the change, delivered to module listeners after
 * commit through the JDBC event publication registry, and delivered again when a listener failed. Real git
 * repositories, on every supported database.
 */
@EnableScenarios
abstract class CatalogEventsContract {

    // The catalog's services read sources outside any transaction and commit in steps, so each stimulus takes the
    // scenario's transaction operations and leaves them unused, instead of running inside the scenario's transaction.

    static final EntityRef PAYMENTS = EntityRef.parse("component:default/payments");
    static final EntityRef TEAM = EntityRef.parse("group:default/team-a");
    static final String PAYMENTS_YAML = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: payments
            spec:
              type: service
              lifecycle: %s
              owner: team-a
            """;
    static final String TEAM_YAML = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: team-a
            spec:
              type: team
              children: []
            """;

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogEventProbe probe;

    @Autowired
    RecentCatalogChanges recentChanges;

    @Autowired
    IncompleteEventPublications incompletePublications;

    @Autowired
    JdbcTemplate jdbc;

    final List<UUID> registered = new ArrayList<>();
    final List<TestGitRepo> repositories = new ArrayList<>();

    @BeforeEach
    void startListening() {
        probe.clear();
    }

    @AfterEach
    void unregister() {
        registered.forEach(id -> catalog.location(id).ifPresent(location -> catalog.unregisterLocation(id, null)));
        repositories.forEach(TestGitRepo::close);
    }

    @Test
    void registeringALocationPublishesItsEntitiesAsCreatedAndTheReadAsAppliedInsideTheirTransactions(
            Scenario scenario) {
        TestGitRepo repo = repository("lifecycle", "production", true);

        scenario.stimulate(outsideTransactions -> register(repo, "alice"))
                .andWaitForEventOfType(LocationRefreshed.class)
                .toArriveAndVerify((refreshed, registration) -> {
                    assertThat(refreshed.locationId())
                            .isEqualTo(registration.location().id());
                    assertThat(refreshed.trigger()).isEqualTo(ChangeTrigger.API);
                    assertThat(refreshed.outcome()).isEqualTo(RefreshOutcome.APPLIED);
                });

        assertThat(changed(EntityChange.CREATED))
                .as("with the location's generated Location entity")
                .hasSize(3)
                .contains(PAYMENTS, TEAM);
        assertThat(probe.published(EntitiesChanged.class)).allSatisfy(event -> {
            assertThat(event.trigger()).isEqualTo(ChangeTrigger.API);
            assertThat(event.actor()).isEqualTo("alice");
        });
        assertThat(probe.published())
                .as("every event is published inside the transaction that made the change")
                .isNotEmpty()
                .allMatch(CatalogEventProbe.Published::inTransaction);
    }

    @Test
    void refreshingAChangedSourcePublishesUpdatedAndOrphanedEntitiesAndAnUnchangedOneOnlyTheRefresh(Scenario scenario) {
        TestGitRepo repo = repository("refresh", "production", true);
        UUID location = register(repo, null).location().id();
        repo.writeFile("catalog-info.yaml", PAYMENTS_YAML.formatted("deprecated"))
                .commit("Deprecate payments, drop the team");
        probe.clear();

        scenario.stimulate(outsideTransactions ->
                        catalog.refreshLocation(location, ChangeTrigger.ON_DEMAND_REFRESH, "bob"))
                .andWaitForEventOfType(EntitiesChanged.class)
                .matching(event -> event.change() == EntityChange.UPDATED)
                .toArriveAndVerify(updated -> assertThat(updated.refs()).contains(PAYMENTS));

        assertThat(changed(EntityChange.ORPHANED)).containsExactly(TEAM);
        assertThat(probe.published(LocationRefreshed.class))
                .containsExactly(
                        new LocationRefreshed(location, ChangeTrigger.ON_DEMAND_REFRESH, RefreshOutcome.APPLIED));
        probe.clear();

        scenario.stimulate(
                        outsideTransactions -> catalog.refreshLocation(location, ChangeTrigger.SCHEDULED_REFRESH, null))
                .andWaitForEventOfType(LocationRefreshed.class)
                .matching(refreshed -> refreshed.outcome() == RefreshOutcome.UNCHANGED)
                .toArriveAndVerify(refreshed -> assertThat(refreshed)
                        .isEqualTo(new LocationRefreshed(
                                location, ChangeTrigger.SCHEDULED_REFRESH, RefreshOutcome.UNCHANGED)));
        assertThat(probe.published(EntitiesChanged.class)).isEmpty();
        assertThat(probe.published()).allMatch(CatalogEventProbe.Published::inTransaction);
    }

    @Test
    void deletingAnEntityAndUnregisteringItsLocationPublishTheDeletionsAndTheUnregistration(Scenario scenario) {
        TestGitRepo repo = repository("delete", "production", true);
        LocationRegistration registration = register(repo, null);
        UUID location = registration.location().id();
        String uid = catalog.entityWithStatus(PAYMENTS).orElseThrow().entity().uid();
        probe.clear();

        scenario.stimulate((outsideTransactions, events) -> {
                    catalog.deleteEntity(uid, "carol");
                })
                .andWaitForEventOfType(EntitiesChanged.class)
                .matching(event -> event.change() == EntityChange.DELETED)
                .toArriveAndVerify(deleted -> {
                    assertThat(deleted.refs()).containsExactly(PAYMENTS);
                    assertThat(deleted.actor()).isEqualTo("carol");
                });

        scenario.stimulate((outsideTransactions, events) -> {
                    catalog.unregisterLocation(location, "carol");
                })
                .andWaitForEventOfType(LocationUnregistered.class)
                .toArriveAndVerify(unregistered -> assertThat(unregistered)
                        .as("the group and the location's generated Location entity were left")
                        .isEqualTo(new LocationUnregistered(
                                location,
                                "url:" + GitSources.get().blobUrl(repo, "catalog-info.yaml"),
                                2,
                                ChangeTrigger.API,
                                "carol")));
        assertThat(changed(EntityChange.DELETED)).hasSize(3).contains(PAYMENTS, TEAM);
        assertThat(probe.published()).allMatch(CatalogEventProbe.Published::inTransaction);
    }

    @Test
    void aLargeLocationIsPublishedInEventsOfAtMostAThousandRefsThatReachTheListenerInAnotherModule(Scenario scenario) {
        int components = 2_500;
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < components; i++) {
            yaml.append("---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-")
                    .append(i)
                    .append("\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
        }
        TestGitRepo repo = GitSources.get().newRepository("large");
        repositories.add(repo);
        repo.writeFile("catalog-info.yaml", yaml.toString()).commit("Add many services");

        scenario.stimulate(outsideTransactions -> register(repo, null))
                .andWaitForStateChange(() -> pendingFor(RecentCatalogChanges.class), pending -> pending == 0)
                .andVerify(pending -> assertThat(pending)
                        .as("the listener in the home module completed every delivery, large ones included")
                        .isZero());

        List<EntitiesChanged> created = probe.published(EntitiesChanged.class).stream()
                .filter(event -> event.change() == EntityChange.CREATED)
                .toList();
        assertThat(created)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(event -> assertThat(event.refs()).hasSizeLessThanOrEqualTo(EntitiesChanged.MAX_REFS));
        assertThat(changed(EntityChange.CREATED))
                .as("every component and the location's generated Location entity, once")
                .hasSize(components + 1)
                .doesNotHaveDuplicates();
    }

    @Test
    void aListenerInAnotherModuleHearsTheChangesAfterCommit(Scenario scenario) {
        EntityRef heard = EntityRef.parse("component:default/heard-at-home");
        TestGitRepo repo = GitSources.get().newRepository("home");
        repositories.add(repo);
        repo.writeFile(
                        "catalog-info.yaml",
                        PAYMENTS_YAML.formatted("production").replace("payments", "heard-at-home"))
                .commit("Add a component");

        scenario.stimulate(outsideTransactions -> register(repo, null))
                .andWaitForStateChange(
                        recentChanges::latest, latest -> latest.contains(new RecentChange(heard, EntityChange.CREATED)))
                .andVerify(latest -> assertThat(latest).hasSizeLessThanOrEqualTo(8));
    }

    @Test
    void aPublicationLeftIncompleteByAFailingListenerIsDeliveredAgainOnResubmission() {
        TestGitRepo repo = repository("resubmit", "production", false);
        UUID location = register(repo, null).location().id();

        catalog.unregisterLocation(location, null);

        await().until(() -> probe.deliveriesOfUnregistration(location) == 1 && incompleteFor(location) == 1);
        assertThat(incompleteFor(location))
                .as("the failed delivery stays in the registry")
                .isEqualTo(1);

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof LocationUnregistered unregistered
                        && unregistered.locationId().equals(location));

        await().until(() -> probe.deliveriesOfUnregistration(location) == 2 && incompleteFor(location) == 0);
    }

    /** The publications of the failing listener for this location's unregistration that are not completed. */
    private int incompleteFor(UUID location) {
        Integer count = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null"
                        + " and event_type = ? and listener_id like ? and serialized_event like ?",
                Integer.class,
                LocationUnregistered.class.getName(),
                "%deliverFailingTheFirstTime%",
                "%" + location + "%");
        return count == null ? 0 : count;
    }

    /** The deliveries to listeners of the class that are not completed yet. */
    private int pendingFor(Class<?> listener) {
        Integer count = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id like ?",
                Integer.class,
                "%" + listener.getName() + "%");
        return count == null ? 0 : count;
    }

    private static org.awaitility.core.ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    private List<EntityRef> changed(EntityChange change) {
        return probe.published(EntitiesChanged.class).stream()
                .filter(event -> event.change() == change)
                .flatMap(event -> event.refs().stream())
                .toList();
    }

    private TestGitRepo repository(String prefix, String lifecycle, boolean withTeam) {
        TestGitRepo repo = GitSources.get().newRepository(prefix);
        repositories.add(repo);
        repo.writeFile("catalog-info.yaml", PAYMENTS_YAML.formatted(lifecycle) + (withTeam ? "---\n" + TEAM_YAML : ""))
                .commit("Add the catalog");
        return repo;
    }

    private LocationRegistration register(TestGitRepo repo, String actor) {
        LocationRegistration registration =
                catalog.registerLocation("url", GitSources.get().blobUrl(repo, "catalog-info.yaml"), actor);
        registered.add(registration.location().id());
        return registration;
    }
}
