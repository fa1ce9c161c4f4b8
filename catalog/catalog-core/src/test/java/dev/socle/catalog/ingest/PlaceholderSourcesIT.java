package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.OrphanStrategy;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.testkit.TestGitRepo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * A {@code $text} placeholder that its source refuses (a symbolic link, a file over
 * {@code socle.catalog.reading.max-file-size}) is a problem on that entity only, with its position: the location is
 * still read, and the other entities of the same file are kept.
 */
class PlaceholderSourcesIT {

    private static final String DESCRIPTOR = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: payments
            spec: {type: service, lifecycle: production, owner: team-a}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: linked-api
            spec:
              type: openapi
              lifecycle: production
              owner: team-a
              definition:
                $text: ./linked.yaml
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: big-api
            spec:
              type: openapi
              lifecycle: production
              owner: team-a
              definition: {$text: ./big.yaml}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: payments-api
            spec:
              type: openapi
              lifecycle: production
              owner: team-a
              definition: {$text: ./openapi.yaml}
            """;

    @TempDir
    Path temp;

    TestGitRepo repo;

    @BeforeEach
    void createRepository() {
        repo = TestGitRepo.create(temp.resolve("repos/acme"));
        repo.writeFile("catalog-info.yaml", DESCRIPTOR)
                .writeFile("openapi.yaml", "openapi: 3.0.0\n")
                .writeSymlink("linked.yaml", "openapi.yaml")
                .writeFile("big.yaml", "openapi: 3.0.0\n# " + "x".repeat(8 * 1024) + "\n");
        repo.commit("Add the catalog");
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    private LocationReader reader() {
        CatalogProperties.Reading reading = TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("repos"))
                .maxFileSize(DataSize.ofKilobytes(4))
                .build();
        var properties = new CatalogProperties(
                reading,
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

    @Test
    void gitPlaceholdersToALinkOrAnOversizedFileAreProblemsOfTheirEntitiesOnly() {
        LocationRead read = reader().read("url", repo.uri() + "?ref=main&path=catalog-info.yaml");

        assertRefusedPlaceholdersAreLocatedAndTheRestIsRead(read);
    }

    @Test
    void localPlaceholdersToALinkOrAnOversizedFileAreProblemsOfTheirEntitiesOnly() {
        LocationRead read = reader().read(
                        "file", repo.directory().resolve("catalog-info.yaml").toString());

        assertRefusedPlaceholdersAreLocatedAndTheRestIsRead(read);
    }

    private static void assertRefusedPlaceholdersAreLocatedAndTheRestIsRead(LocationRead read) {
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().get(0)).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("catalog-info.yaml");
            assertThat(problem.line()).isEqualTo(16);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message())
                    .startsWith("$text at spec.definition: ")
                    .contains("linked.yaml")
                    .contains("symbolic link");
        });
        assertThat(read.problems().get(1)).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("catalog-info.yaml");
            assertThat(problem.line()).isEqualTo(26);
            assertThat(problem.column()).isEqualTo(16);
            assertThat(problem.message())
                    .startsWith("$text at spec.definition: ")
                    .contains("big.yaml")
                    .contains("socle.catalog.reading.max-file-size");
        });
        assertThat(read.problems())
                .extracting(DescriptorProblem::message)
                .noneMatch(message -> message.contains("x".repeat(100)));
        assertThat(read.failedFiles()).containsExactly("catalog-info.yaml");
        assertThat(read.entities())
                .extracting(IngestedEntity::ref)
                .contains(EntityRef.parse("component:default/payments"), EntityRef.parse("api:default/payments-api"))
                .doesNotContain(EntityRef.parse("api:default/linked-api"), EntityRef.parse("api:default/big-api"));
        assertThat(read.entities())
                .filteredOn(entity -> entity.ref().name().equals("payments-api"))
                .singleElement()
                .satisfies(
                        api -> assertThat(api.entity().spec().path("definition").asString())
                                .isEqualTo("openapi: 3.0.0\n"));
    }
}
