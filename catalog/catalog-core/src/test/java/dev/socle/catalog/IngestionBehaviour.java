package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.EntityStatusItem.Level;
import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.HistoryEntry;
import dev.socle.catalog.store.LocationClaims;
import dev.socle.catalog.store.StoreTestWrites;
import dev.socle.plugin.ConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Registering and refreshing locations through {@link CatalogService}, from real files, on every supported database:
 * what is read again and when, concurrent registrations, and the locations configured at start-up.
 */
abstract class IngestionBehaviour {

    static {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private static final Path ROOT = createRoot();
    private static final Path CONFIGURED = ROOT.resolve("configured/catalog-info.yaml");

    @Autowired
    CatalogService catalog;

    @Autowired
    LocationService locations;

    @Autowired
    CatalogQueries queries;

    @Autowired
    ScheduledLocationRefresh scheduledRefresh;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    CatalogIndexFeed index;

    @Autowired
    LocationClaims claims;

    @Autowired
    StoreTestWrites otherInstance;

    Path dir;

    @DynamicPropertySource
    static void readFromTheTestRoot(DynamicPropertyRegistry properties) {
        properties.add("socle.catalog.reading.allowed-file-roots[0]", ROOT::toString);
        properties.add(
                "socle.catalog.reading.cache-directory",
                () -> ROOT.resolve("cache").toString());
        properties.add("socle.catalog.reading.max-files-per-location", () -> "5");
        properties.add("socle.catalog.locations[0].type", () -> "file");
        properties.add("socle.catalog.locations[0].target", CONFIGURED::toString);
    }

    @BeforeEach
    void emptyCatalog() throws IOException {
        for (String table : List.of(
                "catalog_relation",
                "catalog_entity_history",
                "catalog_entity",
                "catalog_location_problem",
                "catalog_location")) {
            jdbc.update("delete from " + table);
        }
        index.rebuild();
        dir = Files.createTempDirectory(ROOT, "location");
    }

    @Test
    void aChangeInAFileADescriptorIncludesIsPickedUpByTheNextRefresh() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition:\n    $text: ./openapi.yaml"));
        write("openapi.yaml", "openapi: 3.0.0\ninfo: {title: Payments, version: '1'}\n");
        UUID id = register("catalog-info.yaml");
        assertThat(definition("payments-api")).contains("version: '1'");

        write("openapi.yaml", "openapi: 3.0.0\ninfo: {title: Payments, version: '2'}\n");
        clock.advance(Duration.ofMinutes(5));

        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);
        assertThat(definition("payments-api")).contains("version: '2'");
        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.UNCHANGED);
    }

    @Test
    void aChangeInAFileALocationEntityLeadsToIsPickedUpByTheNextRefresh() throws IOException {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: services
                spec:
                  targets: [./services/*/catalog-info.yaml]
                """);
        write("services/payments/catalog-info.yaml", api("payments-api", "definition: v1"));
        UUID id = register("catalog-info.yaml");

        write("services/payments/catalog-info.yaml", api("payments-api", "definition: v2"));
        write("services/orders/catalog-info.yaml", api("orders-api", "definition: v1"));

        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);
        assertThat(definition("payments-api")).isEqualTo("v2");
        assertThat(definition("orders-api")).isEqualTo("v1");
    }

    @Test
    void anUnchangedSourceIsNotParsedAgainAndKeepsItsProblems() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition: ok") + "---\n" + """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: broken
                spec:
                  lifecycle: production
                """);
        UUID id = register("catalog-info.yaml");
        List<LocationProblem> problems = locations.problems(id);
        assertThat(problems).isNotEmpty();
        assertThat(location(id).status()).isEqualTo("error");
        long history = count("catalog_entity_history");
        clock.advance(Duration.ofMinutes(5));

        RefreshOutcome outcome = catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null);

        assertThat(outcome).isEqualTo(RefreshOutcome.UNCHANGED);
        assertThat(count("catalog_entity_history")).isEqualTo(history);
        assertThat(locations.problems(id)).isEqualTo(problems);
        assertThat(location(id).status()).isEqualTo("error");
        assertThat(location(id).lastRefreshedAt()).isEqualTo(clock.instant());
    }

    @Test
    void anOversizedFileIsAProblemOfItsOwnAndTheEditsBesideItAreStored() throws IOException {
        write("payments/catalog-info.yaml", api("payments-api", "definition: v1"));
        write("orders/catalog-info.yaml", api("orders-api", "definition: v1"));
        UUID id = catalog.registerLocation("file", dir + "/*/catalog-info.yaml", "tester")
                .location()
                .id();

        write("payments/catalog-info.yaml", api("payments-api", "definition: v2") + "#" + "x".repeat(3 * 1024 * 1024));
        write("orders/catalog-info.yaml", api("orders-api", "definition: v2"));

        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);
        assertThat(definition("orders-api")).isEqualTo("v2");
        assertThat(definition("payments-api")).as("kept as it was").isEqualTo("v1");
        assertThat(locations.problems(id)).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("payments/catalog-info.yaml");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("socle.catalog.reading.max-file-size");
        });
    }

    @Test
    void aTargetThatMatchesNoFileIsRegisteredWithAProblemThatNamesTheTypo() {
        String target = dir + "/acme?dryRun=true";

        assertThat(catalog.analyzeLocation("file", target).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("matches no file"));
        UUID id = catalog.registerLocation("file", target, "tester").location().id();

        assertThat(locations.problems(id))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("matches no file", "read as a glob"));
        assertThat(location(id).status()).isEqualTo("error");
    }

    @Test
    void aGlobThatMatchesNoFilePutsItsProblemOnTheGeneratedLocationEntity() {
        String target = dir + "/catalog-*.yaml";
        UUID id = catalog.registerLocation("file", target, "tester").location().id();

        assertThat(location(id).status()).isEqualTo("error");
        assertThat(catalog.entityWithStatus(generatedLocation("file", target))
                        .orElseThrow()
                        .status())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(ProblemKind.ERROR);
                    assertThat(item.level()).isEqualTo(Level.ERROR);
                    assertThat(item.message()).contains("matches no file");
                    assertThat(item.location()).isEqualTo("file:" + target);
                });
    }

    @Test
    void aFileWithTheSameEntityTwiceIsOkAndItsEntityAndLocationShowTheWarning() throws IOException {
        write(
                "catalog-info.yaml",
                api("payments-api", "definition: first") + "---\n" + api("payments-api", "definition: second"));
        UUID id = register("catalog-info.yaml");

        assertThat(location(id).status()).isEqualTo("ok");
        assertThat(location(id).statusMessage()).isNull();
        assertThat(definition("payments-api")).isEqualTo("second");
        assertThat(locations.problems(id)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.WARNING);
            assertThat(problem.level()).isEqualTo(Level.WARNING);
            assertThat(problem.entityRef()).isEqualTo("api:default/payments-api");
            assertThat(problem.message()).contains("defined twice in this file");
        });
        assertThat(catalog.entityWithStatus(EntityRef.parse("api:default/payments-api"))
                        .orElseThrow()
                        .status())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(ProblemKind.WARNING);
                    assertThat(item.level()).isEqualTo(Level.WARNING);
                    assertThat(item.file()).isEqualTo("catalog-info.yaml");
                    assertThat(item.message()).contains("defined twice in this file");
                });
        String file = dir.resolve("catalog-info.yaml").toString();
        assertThat(catalog.entityWithStatus(generatedLocation("file", file))
                        .orElseThrow()
                        .status())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.level()).isEqualTo(Level.WARNING);
                    assertThat(item.entityRef()).isEqualTo("api:default/payments-api");
                });
        assertThat(catalog.analyzeLocation("file", file).location().status()).isEqualTo("ok");
    }

    @Test
    void aLocationEntityOfAnotherTypeIsStoredWithAWarningAndItsTargetsAreNotFollowed() throws IOException {
        write(
                "catalog-info.yaml",
                location("all", "./svc/catalog-info.yaml").replace("spec:\n", "spec:\n  type: url\n"));
        write("svc/catalog-info.yaml", api("payments-api", "definition: ok"));
        UUID id = register("catalog-info.yaml");

        assertThat(location(id).status()).isEqualTo("ok");
        assertThat(queries.byRef(EntityRef.parse("api:default/payments-api"))).isEmpty();
        assertThat(catalog.entityWithStatus(EntityRef.parse("location:default/all"))
                        .orElseThrow()
                        .status())
                .singleElement()
                .satisfies(item -> assertThat(item.level()).isEqualTo(Level.WARNING));
    }

    @Test
    void aLocationWhoseReadFailedIsAppliedInFullOnceItCanBeReadAgain() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition: ok"));
        UUID id = register("catalog-info.yaml");
        Path moved = dir.resolveSibling(dir.getFileName() + "-moved");
        Files.move(dir, moved);
        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.FAILED);
        assertThat(location(id).status()).isEqualTo("error");

        Files.move(moved, dir);

        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);
        assertThat(location(id).status()).isEqualTo("ok");
    }

    @Test
    void entitiesOfFilesBeyondTheFileLimitAreKeptEvenWhenAnUnreadLocationFileLedToThem() throws IOException {
        write("catalog-info.yaml", location("root", "./teams/catalog-info.yaml", "./services/catalog-info.yaml"));
        write("teams/catalog-info.yaml", location("teams", "./team-a.yaml"));
        write("teams/team-a.yaml", api("team-api", "definition: v1"));
        write("services/catalog-info.yaml", location("services", "./payments.yaml"));
        write("services/payments.yaml", api("payments-api", "definition: v1"));
        UUID id = register("catalog-info.yaml");
        assertThat(location(id).status()).as("five files, the limit").isEqualTo("ok");

        write(
                "catalog-info.yaml",
                location(
                        "root",
                        "./e1.yaml",
                        "./e2.yaml",
                        "./e3.yaml",
                        "./teams/catalog-info.yaml",
                        "./services/catalog-info.yaml"));
        for (String extra : List.of("e1", "e2", "e3")) {
            write(extra + ".yaml", api(extra + "-api", "definition: v1"));
        }
        assertThat(catalog.refreshLocation(id, ChangeTrigger.SCHEDULED_REFRESH, null))
                .isEqualTo(RefreshOutcome.APPLIED);

        assertThat(orphan("payments-api"))
                .as("its Location file was not read, so it was never reached")
                .isFalse();
        assertThat(orphan("team-api")).as("its file was queued but not read").isFalse();
        assertThat(locations.problems(id))
                .extracting(LocationProblem::message)
                .anyMatch(message -> message.contains("more than 5 files")
                        && message.contains("socle.catalog.reading.max-files-per-location"));
    }

    @Test
    void twoRegistrationsOfTheSameLocationAtOnceAreOneRegistrationAndConflicts() throws Exception {
        write("catalog-info.yaml", api("payments-api", "definition: ok"));
        String target = dir.resolve("catalog-info.yaml").toString();
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<Future<UUID>> registrations = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                registrations.add(threads.submit(() -> {
                    start.await();
                    return catalog.registerLocation("file", target, "racer")
                            .location()
                            .id();
                }));
            }
            List<UUID> registered = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<UUID> registration : registrations) {
                try {
                    registered.add(registration.get());
                } catch (java.util.concurrent.ExecutionException failed) {
                    refused.add(failed.getCause());
                }
            }
            assertThat(registered).hasSize(1);
            assertThat(refused)
                    .hasSize(racers - 1)
                    .allSatisfy(failure -> assertThat(failure)
                            .isInstanceOf(ConflictException.class)
                            .hasMessageContaining("is already registered as " + registered.getFirst())
                            .hasMessageContaining("refresh it instead"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void configuredLocationsAreRegisteredAtStartUpReadFirstWithTheStartupTriggerAndDroppedWhenNoLongerConfigured()
            throws IOException {
        Files.createDirectories(CONFIGURED.getParent());
        Files.writeString(CONFIGURED, api("configured-api", "definition: v1"));
        UUID stale = locations
                .register(new RegisterLocationCommand(
                        LocationType.FILE,
                        ROOT.resolve("no-longer-configured/catalog-info.yaml").toString(),
                        null,
                        null,
                        LocationOrigin.CONFIG,
                        null))
                .id();
        UUID viaApi = locations
                .register(new RegisterLocationCommand(
                        LocationType.FILE,
                        dir.resolve("catalog-info.yaml").toString(),
                        null,
                        null,
                        LocationOrigin.API,
                        "someone"))
                .id();
        write("catalog-info.yaml", api("api-registered", "definition: v1"));

        scheduledRefresh.registerConfiguredLocations();

        assertThat(catalog.locations())
                .extracting(RegisteredLocation::id)
                .contains(viaApi)
                .doesNotContain(stale);
        assertThat(catalog.locations()).extracting(RegisteredLocation::target).contains(CONFIGURED.toString());

        scheduledRefresh.startDueRefreshes().forEach(CompletableFuture::join);

        assertThat(latestTrigger("configured-api")).isEqualTo("startup");
        assertThat(latestTrigger("api-registered")).isEqualTo("scheduled-refresh");

        Files.writeString(CONFIGURED, api("configured-api", "definition: v2"));
        clock.advance(Duration.ofMinutes(4));
        scheduledRefresh.startDueRefreshes().forEach(CompletableFuture::join);

        assertThat(definition("configured-api")).isEqualTo("v2");
        assertThat(latestTrigger("configured-api")).isEqualTo("scheduled-refresh");
    }

    @Test
    void aReadThisInstanceLeftUnfinishedWhenItStoppedIsResumedAtStartUpWithoutWaitingForTheLease() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition: v1"));
        UUID id = locations
                .registerClaimed(
                        new RegisterLocationCommand(
                                LocationType.FILE,
                                dir.resolve("catalog-info.yaml").toString(),
                                null,
                                null,
                                LocationOrigin.API,
                                "tester"),
                        claims.instanceId(),
                        clock.instant().plus(Duration.ofMinutes(10)))
                .id();
        scheduledRefresh.startDueRefreshes().forEach(CompletableFuture::join);
        assertThat(location(id).status())
                .as("the registration was killed mid-read: its claim holds the location for ten minutes")
                .isEqualTo("pending");

        assertThat(claims.releaseClaimsOfEarlierRun()).isEqualTo(1);
        scheduledRefresh.startDueRefreshes().forEach(CompletableFuture::join);

        assertThat(location(id).status()).isEqualTo("ok");
        assertThat(definition("payments-api")).isEqualTo("v1");
    }

    @Test
    void aRefreshAskedForWhileAnotherInstanceReadsTheLocationSaysSoAndFollowsThatRead() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition: v1"));
        UUID id = register("catalog-info.yaml");
        Instant claimedAt = clock.instant();
        assertThat(otherInstance.claim(id, "instance-b", claimedAt, claimedAt.plus(Duration.ofMinutes(10))))
                .isTrue();
        write("catalog-info.yaml", api("payments-api", "definition: v2"));
        clock.advance(Duration.ofSeconds(20));

        EntityRefresh refresh = catalog.refreshEntity(EntityRef.parse("api:default/payments-api"), "someone");

        assertThat(refresh.queued()).isTrue();
        assertThat(refresh.outcome()).isEqualTo(RefreshOutcome.BUSY);
        assertThat(refresh.message())
                .isEqualTo("Location " + id + " is being read by instance instance-b since " + claimedAt
                        + "; the refresh will follow as soon as that read ends.");
        assertThat(definition("payments-api")).isEqualTo("v1");

        assertThat(otherInstance.release(id, "instance-b", clock.instant().plus(Duration.ofHours(1))))
                .isTrue();
        scheduledRefresh.startDueRefreshes().forEach(CompletableFuture::join);

        assertThat(definition("payments-api"))
                .as("read at once, not an hour later")
                .isEqualTo("v2");
    }

    @Test
    void aRefreshOfAnEntityWhoseLocationNobodyReadsReadsItAtOnce() throws IOException {
        write("catalog-info.yaml", api("payments-api", "definition: v1"));
        UUID id = register("catalog-info.yaml");
        write("catalog-info.yaml", api("payments-api", "definition: v2"));

        EntityRefresh refresh = catalog.refreshEntity(EntityRef.parse("api:default/payments-api"), "someone");

        assertThat(refresh).isEqualTo(new EntityRefresh(id, RefreshOutcome.APPLIED, null));
        assertThat(definition("payments-api")).isEqualTo("v2");
        assertThat(otherInstance.claim(id, "instance-b", clock.instant(), clock.instant()))
                .as("its claim ended with the read")
                .isTrue();
    }

    @Test
    void aRegistrationThatFailsMidwayLeavesNoneOfItsEntitiesVisible() throws IOException {
        StringBuilder descriptors = new StringBuilder(location("root", "./" + LONG_PATH));
        for (int i = 0; i < 1200; i++) {
            descriptors.append("---\n").append(api("api-" + i, "definition: v1"));
        }
        write("catalog-info.yaml", descriptors.toString());
        write(LONG_PATH, api("last-api", "definition: v1"));
        String target = dir.resolve("catalog-info.yaml").toString();

        assertThatThrownBy(() -> catalog.registerLocation("file", target, "tester"))
                .as("the last entity's file path is longer than the database stores")
                .isInstanceOf(DataAccessException.class);

        assertThat(count("catalog_entity")).isZero();
        assertThat(count("catalog_relation")).isZero();
        assertThat(queries.byRef(EntityRef.parse("api:default/api-0"))).isEmpty();
        assertThat(catalog.locations()).as("the registration was undone").isEmpty();

        write("catalog-info.yaml", descriptors.toString().replace(LONG_PATH, "short.yaml"));
        write("short.yaml", api("last-api", "definition: v1"));
        catalog.registerLocation("file", target, "tester");
        assertThat(queries.byRef(EntityRef.parse("api:default/last-api")))
                .as("it can be registered again")
                .isPresent();
        assertThat(queries.byRef(EntityRef.parse("api:default/api-0"))).isPresent();
    }

    /** A file path longer than the 1,024 characters the catalog stores for an entity's file. */
    private static final String LONG_PATH =
            String.join("/", java.util.Collections.nCopies(6, "d".repeat(200))) + "/catalog-info.yaml";

    @Test
    void aBrokenMiddleDocumentIsReportedAtItsLineAndTheDocumentsAroundItAreStored() throws IOException {
        write("catalog-info.yaml", """
                # Payments: the service, its ledger and its API
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: ledger
                  description: Keeps the books
                   annotations:
                    github.com/project-slug: acme/ledger
                spec:
                  type: service
                ---
                """ + api("payments-api", "definition: openapi 3.0.0"));

        UUID id = register("catalog-info.yaml");

        assertThat(queries.byRef(EntityRef.parse("component:default/payments"))).isPresent();
        assertThat(queries.byRef(EntityRef.parse("api:default/payments-api"))).isPresent();
        assertThat(queries.byRef(EntityRef.parse("component:default/ledger"))).isEmpty();
        assertThat(locations.problems(id)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("catalog-info.yaml");
            assertThat(problem.line()).isEqualTo(16);
            assertThat(problem.message()).startsWith("YAML syntax error");
        });
        assertThat(location(id).status()).isEqualTo("error");
    }

    @Test
    void aDocumentWhoseAliasesExpandPastTheLimitIsAProblemAtTheAliasAndTheOtherDocumentsAreStored() throws IOException {
        StringBuilder bomb = new StringBuilder(api("before-api", "definition: ok") + "---\n");
        bomb.append("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: bomb\n");
        bomb.append("  annotations: {}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
        bomb.append("  blob: &blob [");
        for (int i = 0; i < 2_000; i++) {
            bomb.append(i == 0 ? "" : ", ").append('"').append("x".repeat(300)).append('"');
        }
        bomb.append("]\n");
        for (int i = 0; i < 45; i++) {
            bomb.append("  copy").append(i).append(": *blob\n");
        }
        bomb.append("---\n").append(api("after-api", "definition: ok"));
        write("catalog-info.yaml", bomb.toString());

        UUID id = register("catalog-info.yaml");

        assertThat(queries.byRef(EntityRef.parse("api:default/before-api"))).isPresent();
        assertThat(queries.byRef(EntityRef.parse("api:default/after-api"))).isPresent();
        assertThat(queries.byRef(EntityRef.parse("component:default/bomb"))).isEmpty();
        assertThat(location(id).status()).isEqualTo("error");
        assertThat(locations.problems(id)).singleElement().satisfies(problem -> {
            // the API takes lines 1-9, the separator line 10; blob is on line 20 and copy4 on line 25
            assertThat(problem.line()).isEqualTo(25);
            assertThat(problem.message()).contains("once its aliases are expanded");
        });
    }

    @Test
    void aLocationEntityOfAnotherTypeThanItsRegistrationIsNotFollowedAndSaysWhy() throws IOException {
        write("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: services
                spec:
                  type: url
                  targets: [./services/catalog-info.yaml]
                """);
        write("services/catalog-info.yaml", api("services-api", "definition: ok"));

        UUID id = register("catalog-info.yaml");

        assertThat(queries.byRef(EntityRef.parse("location:default/services"))).isPresent();
        assertThat(queries.byRef(EntityRef.parse("api:default/services-api"))).isEmpty();
        assertThat(locations.problems(id)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message())
                    .contains("spec.type 'url'")
                    .contains("read through a location of type 'file'");
        });
    }

    @Test
    void theSameEntityTwiceInOneFileStoresTheLaterDocument() throws IOException {
        write(
                "catalog-info.yaml",
                api("payments-api", "definition: v1") + "---\n" + api("payments-api", "definition: v2"));

        UUID id = register("catalog-info.yaml");

        assertThat(definition("payments-api")).isEqualTo("v2");
        assertThat(locations.problems(id))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("defined twice"));
    }

    private UUID register(String file) {
        return catalog.registerLocation("file", dir.resolve(file).toString(), "tester")
                .location()
                .id();
    }

    /** Backstage's name for the Location entity that stands for a registered location: generated-SHA1(type:target). */
    private static EntityRef generatedLocation(String type, String target) {
        try {
            byte[] sha1 = java.security.MessageDigest.getInstance("SHA-1")
                    .digest((type + ":" + target).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return EntityRef.parse(
                    "location:default/generated-" + java.util.HexFormat.of().formatHex(sha1));
        } catch (java.security.NoSuchAlgorithmException everyJdkHasSha1) {
            throw new IllegalStateException(everyJdkHasSha1);
        }
    }

    private boolean orphan(String api) {
        return "true"
                .equals(queries.byRef(EntityRef.parse("api:default/" + api))
                        .orElseThrow()
                        .body()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/orphan")
                        .asString());
    }

    private static String location(String name, String... targets) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: %s
                spec:
                  targets: [%s]
                """.formatted(name, String.join(", ", targets));
    }

    private RegisteredLocation location(UUID id) {
        return catalog.location(id).orElseThrow();
    }

    private String definition(String api) {
        return queries.byRef(EntityRef.parse("api:default/" + api))
                .orElseThrow()
                .body()
                .path("spec")
                .path("definition")
                .asString();
    }

    private String latestTrigger(String api) {
        return queries.history(EntityRef.parse("api:default/" + api)).stream()
                .findFirst()
                .map(HistoryEntry::trigger)
                .orElseThrow();
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String api(String name, String definition) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: %s
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-a
                  %s
                """.formatted(name, definition);
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("socle-ingestion-it").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
