package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.plugin.NotAllowedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationReaderIT {

    @TempDir
    Path temp;

    TestGitRepo repo;

    @BeforeEach
    void createRepository() {
        repo = TestGitRepo.create(temp.resolve("repos/acme"));
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: acme
                spec:
                  targets: [./teams.yaml, ./services/payments/catalog-info.yaml]
                """)
                .writeFile("teams.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Group
                        metadata:
                          name: team-a
                        spec:
                          type: team
                          children: []
                        """)
                .writeFile("services/payments/catalog-info.yaml", """
                        apiVersion: backstage.io/v1alpha1
                        kind: Component
                        metadata:
                          name: payments
                        spec:
                          type: service
                          lifecycle: production
                          owner: team-a
                          providesApis: [payments-api]
                        ---
                        apiVersion: backstage.io/v1alpha1
                        kind: API
                        metadata:
                          name: payments-api
                        spec:
                          type: openapi
                          lifecycle: production
                          owner: team-a
                          definition:
                            $text: ./openapi.yaml
                        """)
                .writeFile("services/payments/openapi.yaml", "openapi: 3.0.0\n");
        repo.commit("Add the catalog");
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    private LocationReader reader(TestReadings readings) {
        var properties = new CatalogProperties(
                readings.build(),
                new CatalogProperties.Rules(List.of()),
                new CatalogProperties.Refresh(
                        Duration.ofMinutes(3),
                        OrphanStrategy.KEEP,
                        10,
                        Duration.ofMinutes(10),
                        Duration.ofSeconds(5),
                        4),
                List.of(),
                new CatalogProperties.Search(temp.resolve("index"), true, Duration.ofSeconds(1)),
                null);
        return new LocationReader(new SourceReader(properties.reading()), properties);
    }

    private LocationRead read(String path) {
        return reader(TestReadings.cacheIn(temp.resolve("cache")).roots(temp.resolve("repos")))
                .read("url", repo.uri() + "?ref=main&path=" + path);
    }

    @Test
    void followsLocationTargetsAndResolvesTextPlaceholdersFromTheSameCommit() {
        LocationRead read = read("catalog-info.yaml");

        assertThat(read.problems()).isEmpty();
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .containsExactlyInAnyOrder(
                        registeredLocationRef("catalog-info.yaml"),
                        EntityRef.parse("location:default/acme"),
                        EntityRef.parse("group:default/team-a"),
                        EntityRef.parse("component:default/payments"),
                        EntityRef.parse("api:default/payments-api"));
        var api = read.entities().stream()
                .filter(e -> e.ref().kind().equals("API"))
                .findFirst()
                .orElseThrow();
        assertThat(api.entity().spec().path("definition").asString()).isEqualTo("openapi: 3.0.0\n");
        assertThat(api.sourceFile()).isEqualTo("services/payments/catalog-info.yaml");
        assertThat(read.sourceCommit()).isEqualTo(repo.head(TestGitRepo.MAIN)).isEqualTo(read.version());
    }

    @Test
    void theRegisteredLocationIsAGeneratedLocationEntityAtTheRootOfEveryEntitysAncestry() {
        String target = repo.uri() + "?ref=main&path=catalog-info.yaml";
        LocationRead read = read("catalog-info.yaml");

        IngestedEntity registered = read.entities().getFirst();
        assertThat(registered.ref()).isEqualTo(registeredLocationRef("catalog-info.yaml"));
        assertThat(registered.entity().spec().path("type").asString()).isEqualTo("url");
        assertThat(registered.entity().spec().path("target").asString()).isEqualTo(target);
        assertThat(registered.parentRef()).isNull();
        assertThat(registered.relations()).isEmpty();
        assertThat(read.entities())
                .filteredOn(e -> e.ref().name().equals("acme"))
                .singleElement()
                .extracting(IngestedEntity::parentRef)
                .isEqualTo(registered.ref());
        assertThat(read.entities())
                .filteredOn(e -> e.ref().name().equals("payments"))
                .singleElement()
                .extracting(IngestedEntity::parentRef)
                .isEqualTo(EntityRef.parse("location:default/acme"));
    }

    private EntityRef registeredLocationRef(String path) {
        return new EntityRef(
                "Location", "default", RegisteredLocationEntity.name("url", repo.uri() + "?ref=main&path=" + path));
    }

    @Test
    void aBrokenFileIsReportedWithItsPositionAndMarkedFailedWhileTheOthersAreRead() {
        repo.writeFile("teams.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: team-a
                spec:
                  type: team
                """).commit("Break the group");

        LocationRead read = read("catalog-info.yaml");

        assertThat(read.failedFiles()).containsExactly("teams.yaml");
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("teams.yaml");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("children");
        });
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .contains(EntityRef.parse("component:default/payments"))
                .doesNotContain(EntityRef.parse("group:default/team-a"));
    }

    @Test
    void aLocationTargetLeavingTheSourceIsAProblemNotARead() {
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: acme
                spec:
                  targets: [../../../../etc/passwd, /etc/passwd]
                """).commit("Try to escape");

        LocationRead read = read("catalog-info.yaml");

        assertThat(read.problems())
                .hasSize(2)
                .extracting(DescriptorProblem::message)
                .allSatisfy(message -> assertThat(message).contains("Register other repositories"));
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .containsExactly(registeredLocationRef("catalog-info.yaml"), EntityRef.parse("location:default/acme"));
    }

    @Test
    void aLocationTargetThatIsASymbolicLinkOrMissingIsAProblemAtTheLocationEntityAndTheRestIsRead() {
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: acme
                spec:
                  targets: [./teams.yaml, ./linked.yaml, ./missing.yaml]
                """)
                .writeSymlink("linked.yaml", "teams.yaml")
                .commit("Link and miss a target");

        LocationRead read = read("catalog-info.yaml");

        assertThat(read.problems())
                .extracting(DescriptorProblem::toString)
                .satisfiesExactlyInAnyOrder(
                        linked -> assertThat(linked)
                                .startsWith("catalog-info.yaml:4:3: Location location:default/acme"
                                        + " targets './linked.yaml', which cannot be read: ")
                                .contains("symbolic link"),
                        missing -> assertThat(missing)
                                .isEqualTo("catalog-info.yaml:4:3: Location location:default/acme"
                                        + " targets './missing.yaml', which does not exist in this source; fix the path or remove"
                                        + " the target."));
        assertThat(read.failedFiles()).containsExactly("catalog-info.yaml");
        assertThat(read.entities()).extracting(IngestedEntity::ref).contains(EntityRef.parse("group:default/team-a"));
    }

    @Test
    void aSourceOutsideTheAllowedRootsIsRefusedBeforeAnyRead() {
        var reader = reader(TestReadings.cacheIn(temp.resolve("cache")));

        assertThatThrownBy(() -> reader.read("url", repo.uri() + "?ref=main&path=catalog-info.yaml"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("allowed-file-roots");
    }

    @Test
    void aLocationEntitysGlobTargetsReadTheMatchingFilesBelowItsFolder() {
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: acme
                spec:
                  targets: [./teams.yaml, ./services/*/catalog-info.yaml]
                """)
                .writeFile("services/orders/catalog-info.yaml", component("orders"))
                .writeFile("services/orders/deep/catalog-info.yaml", component("not-selected"))
                .writeFile("services/orders/openapi.yaml", "openapi: 3.0.0\n")
                .commit("Target a glob");

        LocationRead read = read("catalog-info.yaml");

        assertThat(read.problems()).isEmpty();
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .contains(
                        EntityRef.parse("component:default/payments"),
                        EntityRef.parse("component:default/orders"),
                        EntityRef.parse("group:default/team-a"))
                .doesNotContain(EntityRef.parse("component:default/not-selected"));
        assertThat(read.entities())
                .filteredOn(e -> e.ref().name().equals("orders"))
                .singleElement()
                .extracting(IngestedEntity::parentRef)
                .isEqualTo(EntityRef.parse("location:default/acme"));
    }

    @Test
    void aRecursiveGlobTargetReadsEveryMatchingFileOnceAndNeverLeavesTheSource() {
        repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: acme
                spec:
                  targets: [./**/catalog-info.yaml, ../**/catalog-info.yaml]
                """).commit("Target every descriptor");

        LocationRead read = read("catalog-info.yaml");

        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .containsExactlyInAnyOrder(
                        registeredLocationRef("catalog-info.yaml"), EntityRef.parse("location:default/acme"),
                        EntityRef.parse("component:default/payments"), EntityRef.parse("api:default/payments-api"));
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("../**/catalog-info.yaml").contains("Register other repositories");
        });
    }

    @Test
    void filesBeyondTheFileLimitAreMarkedFailedSoTheirEntitiesAreKeptWithOneProblemNamingTheSetting() {
        var reader = reader(TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("repos"))
                .maxFiles(2));

        LocationRead read = reader.read("url", repo.uri() + "?ref=main&path=catalog-info.yaml");

        assertThat(read.failedFiles()).containsExactly("services/payments/catalog-info.yaml");
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .contains(EntityRef.parse("group:default/team-a"))
                .doesNotContain(EntityRef.parse("component:default/payments"));
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message())
                    .contains("more than 2 files")
                    .contains("1 file(s) were not read")
                    .contains("services/payments/catalog-info.yaml")
                    .contains("socle.catalog.reading.max-files-per-location");
        });
    }

    @Test
    void eachEntityIsManagedByTheFileItWasReadFromInTheFlavourOfTheTarget() {
        String target = repo.uri() + "?ref=main&path=catalog-info.yaml";

        LocationRead read = read("catalog-info.yaml");

        assertThat(fileLocation(read, "acme")).isEqualTo("url:" + target);
        assertThat(fileLocation(read, "team-a")).isEqualTo("url:" + repo.uri() + "?ref=main&path=teams.yaml");
        assertThat(fileLocation(read, "payments"))
                .isEqualTo("url:" + repo.uri() + "?ref=main&path=services/payments/catalog-info.yaml");
        assertThat(read.entities().getFirst().fileLocation())
                .as("the registered location's own entity")
                .isNull();
    }

    @Test
    void aFileLocationsVersionCoversTheFilesItsDescriptorsInclude() throws java.io.IOException {
        Path root = repo.directory().toRealPath();
        var reader = reader(TestReadings.cacheIn(temp.resolve("cache")).roots(temp.resolve("repos")));
        String target = root + "/services/payments/catalog-info.yaml";
        String parsed;
        try (SourceSnapshot snapshot = reader.fetch("file", target)) {
            parsed = reader.stream(snapshot, "file", target, chunk -> {}).version();
        }
        try (SourceSnapshot unchanged = reader.fetch("file", target)) {
            assertThat(reader.versionOf(unchanged, "file", target))
                    .isEqualTo(parsed)
                    .hasSizeLessThanOrEqualTo(64);
        }

        java.nio.file.Files.writeString(root.resolve("services/payments/openapi.yaml"), "openapi: 3.1.0\n");

        try (SourceSnapshot changed = reader.fetch("file", target)) {
            assertThat(reader.versionOf(changed, "file", target)).isNotEqualTo(parsed);
        }
    }

    @Test
    void anOversizedFileIsAProblemOfItsOwnWhileTheFilesBesideItAreRead() {
        repo.writeFile("services/big/catalog-info.yaml", component("big") + "#" + "x".repeat(4096) + "\n")
                .writeFile("services/orders/catalog-info.yaml", component("orders"))
                .writeFile("teams.yaml", "#" + "x".repeat(4096) + "\n");
        repo.commit("Add a file over the limit");
        var readings = TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("repos"))
                .maxFileSize(org.springframework.util.unit.DataSize.ofKilobytes(2));

        LocationRead read = reader(readings).read("url", repo.uri() + "?ref=main&path=**/catalog-info.yaml");

        assertThat(read.entities())
                .extracting(e -> e.ref().name())
                .contains("orders", "payments", "payments-api")
                .doesNotContain("big");
        assertThat(read.problems())
                .extracting(DescriptorProblem::file, DescriptorProblem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("services/big/catalog-info.yaml", 0),
                        org.assertj.core.groups.Tuple.tuple("teams.yaml", 0));
        assertThat(read.problems())
                .allSatisfy(problem -> assertThat(problem.message()).contains("socle.catalog.reading.max-file-size"));
        assertThat(read.failedFiles()).containsExactlyInAnyOrder("services/big/catalog-info.yaml", "teams.yaml");
    }

    private static String fileLocation(LocationRead read, String name) {
        return read.entities().stream()
                .filter(e -> e.ref().name().equals(name))
                .findFirst()
                .orElseThrow()
                .fileLocation();
    }

    private static String component(String name) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                """.formatted(name);
    }
}
