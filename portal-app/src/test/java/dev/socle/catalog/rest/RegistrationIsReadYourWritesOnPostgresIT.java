package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.generator.ExpectedRelation;
import dev.socle.catalog.generator.GeneratedOrganisation;
import dev.socle.catalog.generator.OrganisationSettings;
import dev.socle.catalog.generator.SyntheticOrganisation;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.PostgresIntegrationTest;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.TestIdentities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a 201 from {@code POST /api/catalog/locations} promises: every entity of the location is queryable on the
 * instance that answered, with its final relations, with no waiting (read-your-writes through the search index).
 * The 100,000-entity case runs with {@code -Dsocle.scale=postgres}.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "socle.catalog.reading.max-files-per-location=200000")
class RegistrationIsReadYourWritesOnPostgresIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);

    @LocalServerPort
    int port;

    Http http;
    RegisteredLocations locations;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        locations = new RegisteredLocations(http, TOKEN);
    }

    @AfterEach
    void unregister() {
        locations.close();
    }

    @Test
    void afterTheCreatedAnswerEveryEntityOfTheLocationIsQueryableWithItsFinalRelations() {
        registerAndCheck(2_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "socle.scale", matches = "postgres")
    void aHundredThousandEntitiesAreQueryableWithTheirRelationsWhenTheRegistrationAnswers() {
        registerAndCheck(100_000);
    }

    private void registerAndCheck(int entities) {
        TestGitRepo repository = locations.repository("organisation");
        GeneratedOrganisation organisation =
                SyntheticOrganisation.write(repository.directory(), OrganisationSettings.of(entities));
        commitEverything(repository);

        locations.register(repository, SyntheticOrganisation.ROOT_FILE);

        String origin = "url:" + GitSources.get().blobUrl(repository, SyntheticOrganisation.ROOT_FILE);
        var counted = http.get(
                "/api/catalog/entities/by-query?limit=0&filter="
                        + URLEncoder.encode(
                                "metadata.annotations.backstage.io/managed-by-origin-location=" + origin,
                                StandardCharsets.UTF_8),
                TOKEN);
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
        assertThat(JSON.readTree(counted.body()).path("totalItems").asLong())
                .as("the files' entities and the registered location's own Location entity")
                .isEqualTo(organisation.entities() + 1);
        assertThat(organisation.expectedRelations()).isNotEmpty().allSatisfy(this::isShown);
    }

    private void isShown(ExpectedRelation relation) {
        String[] ref = relation.sourceRef().split("[:/]");
        var response = http.get("/api/catalog/entities/by-name/" + ref[0] + "/" + ref[1] + "/" + ref[2], TOKEN);
        assertThat(response.statusCode()).as(relation.sourceRef()).isEqualTo(200);
        JsonNode entity = JSON.readTree(response.body());
        assertThat(entity.path("relations")
                        .valueStream()
                        .map(r -> r.path("type").asString() + " "
                                + r.path("targetRef").asString()))
                .as(relation.sourceRef())
                .contains(relation.type() + " " + relation.targetRef());
    }

    private static void commitEverything(TestGitRepo repository) {
        try {
            Git.wrap(repository.repository()).add().addFilepattern(".").call();
        } catch (GitAPIException failed) {
            throw new IllegalStateException("Could not stage the organisation in " + repository.directory(), failed);
        }
        repository.commit("Synthetic organisation");
    }
}
