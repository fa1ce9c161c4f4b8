package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestEntities;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Locations as Backstage's clients see them, plus what Socle adds: dry runs that fail with positioned problems,
 * each location's last read outcome, and Backstage's repository analysis for its import flow.
 */
@SocleIntegrationTest
class LocationsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);
    private static final String INVALID =
            TestEntities.component("broken").spec("owner", null).yaml();

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
    void aCleanDryRunListsTheEntitiesWithTheLocationRefAsIdAndStoresNothing() {
        TestGitRepo repo = repo("clean", "catalog-info.yaml", valid("dry-service"));
        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        var dryRun = addLocation(target, true);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(201);
        JsonNode body = json(dryRun);
        assertThat(body.path("location").path("id").asString()).isEqualTo("url:" + target);
        assertThat(body.path("location").path("target").asString()).isEqualTo(target);
        assertThat(body.path("exists").asBoolean()).isFalse();
        assertThat(body.path("entities")
                        .valueStream()
                        .map(entity -> entity.path("kind").asString() + ":"
                                + entity.path("metadata").path("name").asString()))
                .contains("Component:dry-service");
        assertThat(http.get("/api/catalog/entities/by-name/component/default/dry-service", TOKEN)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/catalog/locations", TOKEN).body()).doesNotContain(target);
    }

    @Test
    void aDryRunWithAnInvalidEntityFailsWithEveryProblemPositioned() {
        TestGitRepo repo = repo("invalid", "catalog-info.yaml", valid("fine") + "---\n" + INVALID);
        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        var dryRun = addLocation(target, true);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(400);
        JsonNode body = json(dryRun);
        assertThat(body.path("error").path("name").asString()).isEqualTo("InputError");
        assertThat(body.path("error").path("message").asString())
                .contains("url:" + target)
                .contains("owner");
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("file").asString()).isEqualTo("catalog-info.yaml");
        assertThat(error.path("line").asInt()).isGreaterThan(9);
        assertThat(error.path("column").asInt()).isPositive();
        assertThat(error.path("message").asString()).contains("owner");
        assertThat(http.get("/api/catalog/entities/by-name/component/default/fine", TOKEN)
                        .statusCode())
                .as("nothing stored")
                .isEqualTo(404);
    }

    @Test
    void aProblemWithoutAPlaceInItsFileIsServedWithoutLineAndColumn() {
        TestGitRepo repo = locations.repository("latin1");
        repo.writeFile("catalog-info.yaml", "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))
                .commit("Add a file that is not UTF-8");
        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        JsonNode dryRunError = json(addLocation(target, true)).path("errors").get(0);
        String id = locations.register(repo, "catalog-info.yaml");
        JsonNode problem = json(http.get("/api/catalog/locations/" + id, TOKEN))
                .path("problems")
                .get(0);
        JsonNode item = json(http.get(
                        "/api/catalog/entities/by-name/location/default/"
                                + RegisteredLocations.generatedName("url:" + target),
                        TOKEN))
                .path("status")
                .path("items")
                .get(0)
                .path("error");

        for (JsonNode withoutPosition : List.of(dryRunError, problem, item)) {
            assertThat(withoutPosition.path("file").asString()).isEqualTo("catalog-info.yaml");
            assertThat(withoutPosition.path("message").asString()).contains("UTF-8");
            assertThat(withoutPosition.has("line"))
                    .as(withoutPosition.toString())
                    .isFalse();
            assertThat(withoutPosition.has("column"))
                    .as(withoutPosition.toString())
                    .isFalse();
        }
    }

    @Test
    void readLocationsCarryTheirLastReadAndItsPositionedProblems() {
        TestGitRepo repo = repo("status", "catalog-info.yaml", valid("kept") + "---\n" + INVALID);
        String commit = repo.head(TestGitRepo.MAIN);
        var added = addLocation(GitSources.get().blobUrl(repo, "catalog-info.yaml"), false);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = json(added).path("location").path("id").asString();
        locations.add(id);

        JsonNode byId = json(http.get("/api/catalog/locations/" + id, TOKEN));
        JsonNode listed = json(http.get("/api/catalog/locations", TOKEN))
                .valueStream()
                .map(item -> item.path("data"))
                .filter(data -> data.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
        JsonNode byEntity = json(http.get("/api/catalog/locations/by-entity/component/default/kept", TOKEN));

        for (JsonNode location : List.of(byId, listed, byEntity)) {
            assertThat(location.path("id").asString()).isEqualTo(id);
            assertThat(location.path("status").asString()).isEqualTo("error");
            assertThat(location.path("message").asString()).isNotBlank();
            assertThat(location.path("commit").asString()).isEqualTo(commit);
            assertThat(location.path("lastRead").asString()).isNotBlank();
            assertThat(location.path("problemCount").asInt()).isEqualTo(1);
            JsonNode problem = location.path("problems").get(0);
            assertThat(problem.path("file").asString()).isEqualTo("catalog-info.yaml");
            assertThat(problem.path("line").asInt()).isGreaterThan(9);
            assertThat(problem.path("column").asInt()).isPositive();
            assertThat(problem.path("kind").asString()).isEqualTo("error");
            assertThat(problem.path("level").asString()).isEqualTo("error");
            assertThat(problem.path("message").asString()).contains("owner");
        }
    }

    @Test
    void aTargetThatMatchesNoFileIsNamedInTheRegistrationAndFailsTheDryRun() {
        TestGitRepo repo = repo("typo", "catalog-info.yaml", valid("typo-service"));
        String target = GitSources.get().blobUrl(repo, "catalog-infp*.yaml");

        var dryRun = addLocation(target, true);
        var added = addLocation(target, false);
        locations.add(json(added).path("location").path("id").asString());

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(400);
        assertThat(json(dryRun).path("errors").get(0).path("message").asString())
                .contains("matches no file");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode location = json(added).path("location");
        assertThat(location.path("status").asString()).isEqualTo("error");
        assertThat(location.path("problems").get(0).path("message").asString())
                .contains("matches no file", "read as a glob");
        JsonNode items = json(http.get(
                        "/api/catalog/entities/by-name/location/default/"
                                + RegisteredLocations.generatedName("url:" + target),
                        TOKEN))
                .path("status")
                .path("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        assertThat(items.get(0).path("level").asString()).isEqualTo("error");
        assertThat(items.get(0).path("error").path("message").asString()).contains("matches no file");
    }

    @Test
    void aDryRunWithOnlyWarningsSucceedsAndListsThemWithTheirLevel() {
        TestGitRepo repo = repo(
                "warned",
                "catalog-info.yaml",
                TestEntities.component("twice").lifecycle("experimental").yaml() + "---\n" + valid("twice"));
        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        var dryRun = addLocation(target, true);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(201);
        JsonNode body = json(dryRun);
        assertThat(body.path("entities")
                        .valueStream()
                        .filter(entity ->
                                entity.path("metadata").path("name").asString().equals("twice"))
                        .map(entity -> entity.path("spec").path("lifecycle").asString()))
                .containsExactly("production");
        assertThat(body.path("problems").size()).isEqualTo(1);
        JsonNode warning = body.path("problems").get(0);
        assertThat(warning.path("level").asString()).isEqualTo("warning");
        assertThat(warning.path("file").asString()).isEqualTo("catalog-info.yaml");
        assertThat(warning.path("line").asInt()).isEqualTo(13);
        assertThat(warning.path("entityRef").asString()).isEqualTo("component:default/twice");
        assertThat(warning.path("message").asString()).contains("defined twice in this file");
    }

    @Test
    void aDryRunWithErrorsAndWarningsFailsAndListsBothWithTheirLevel() {
        TestGitRepo repo =
                repo("mixed", "catalog-info.yaml", valid("twice") + "---\n" + valid("twice") + "---\n" + INVALID);
        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        var dryRun = addLocation(target, true);

        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(400);
        JsonNode body = json(dryRun);
        assertThat(body.path("detail").asString()).contains("has 1 problem(s)").doesNotContain("twice");
        assertThat(body.path("errors")
                        .valueStream()
                        .map(error -> error.path("level").asString()))
                .containsExactly("warning", "error");
    }

    @Test
    void analysingARepositoryUrlFindsItsDescriptorOnTheDefaultBranch() {
        TestGitRepo repo = repo("import", "catalog-info.yaml", valid("imported"));
        String repositoryUrl = GitSources.get().repositoryUrl(repo);
        String file = GitSources.get().blobUrl(repo, "catalog-info.yaml");

        JsonNode before = analyze(repositoryUrl, null);
        locations.add(json(addLocation(file, false)).path("location").path("id").asString());
        JsonNode after = analyze(repositoryUrl, null);

        assertThat(before.path("generateEntities")).isEmpty();
        JsonNode existing = before.path("existingEntityFiles");
        assertThat(existing.valueStream()
                        .map(item -> item.path("entity")
                                .path("metadata")
                                .path("name")
                                .asString()))
                .contains("imported");
        for (JsonNode item : existing) {
            assertThat(item.path("location").path("type").asString()).isEqualTo("url");
            assertThat(item.path("location").path("target").asString()).isEqualTo(file);
            assertThat(item.path("location").has("id")).isFalse();
            assertThat(item.path("isRegistered").asBoolean()).isFalse();
        }
        assertThat(after.path("existingEntityFiles")
                        .valueStream()
                        .map(item -> item.path("isRegistered").asBoolean()))
                .as("its location is registered now")
                .containsOnly(true);
    }

    @Test
    void analysingARepositoryLooksForTheGivenCatalogFilename() {
        TestGitRepo repo = repo("named", "backstage.yaml", valid("named-file"));

        JsonNode named = analyze(GitSources.get().repositoryUrl(repo), "backstage.yaml");

        assertThat(named.path("existingEntityFiles")
                        .valueStream()
                        .map(item -> item.path("location").path("target").asString()))
                .containsOnly(GitSources.get().blobUrl(repo, "backstage.yaml"));
    }

    @Test
    void analysingARepositoryWithoutADescriptorProposesTheComponentBackstageGenerates() {
        TestGitRepo repo = repo("bare", "README.md", "# no descriptor here\n");
        String name = repo.directory().getFileName().toString();

        JsonNode analysis = analyze(GitSources.get().repositoryUrl(repo), null);

        assertThat(analysis.path("existingEntityFiles")).isEmpty();
        assertThat(analysis.path("generateEntities")).hasSize(1);
        JsonNode generated = analysis.path("generateEntities").get(0);
        assertThat(generated.path("fields")).isEmpty();
        assertThat(generated.path("entity").path("apiVersion").asString()).isEqualTo("backstage.io/v1alpha1");
        assertThat(generated.path("entity").path("kind").asString()).isEqualTo("Component");
        assertThat(generated.path("entity").path("metadata").path("name").asString())
                .isEqualTo(name);
        assertThat(generated.path("entity").path("spec").path("type").asString())
                .isEqualTo("other");
        assertThat(generated.path("entity").path("spec").path("lifecycle").asString())
                .isEqualTo("unknown");
    }

    @Test
    void analysingARepositoryOnAHostThatIsNotAllowedIsRefused() {
        var response = http.postJson(
                "/api/catalog/analyze-location",
                "{\"location\":{\"type\":\"url\",\"target\":\"https://git.not-allowed.invalid/org/repo\"}}",
                TOKEN);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("error").path("message").asString()).contains("allowed-hosts");
    }

    private TestGitRepo repo(String prefix, String file, String content) {
        TestGitRepo repo = locations.repository(prefix);
        repo.writeFile(file, content).commit("Add " + file);
        return repo;
    }

    private HttpResponse<String> addLocation(String target, boolean dryRun) {
        return http.postJson(
                "/api/catalog/locations" + (dryRun ? "?dryRun=true" : ""),
                "{\"type\":\"url\",\"target\":\"" + target + "\"}",
                TOKEN);
    }

    private JsonNode analyze(String target, String catalogFilename) {
        String filename = catalogFilename == null ? "" : ",\"catalogFilename\":\"" + catalogFilename + "\"";
        var response = http.postJson(
                "/api/catalog/analyze-location",
                "{\"location\":{\"type\":\"url\",\"target\":\"" + target + "\"}" + filename + "}",
                TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String valid(String name) {
        return TestEntities.component(name).yaml();
    }
}
