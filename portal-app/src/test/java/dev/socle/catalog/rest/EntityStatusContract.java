package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an entity's {@code status.items} explain errors, kept versions, orphans and conflicts, where they are (file,
 * line, column, commit) and what to do; and what history and {@code asOf} tell. Real git repositories, read through
 * the REST API as Backstage's clients do, on every supported database.
 */
abstract class EntityStatusContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);

    static final String PAYMENTS = """
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: payments
            spec:
              type: service
              lifecycle: %s
              owner: team-a
            """;
    static final String TEAM = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: team-a
            spec:
              type: team
              children: []
            """;

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
    void aBrokenYamlFileKeepsTheLastGoodVersionAndTheEntitySaysWhereTheErrorIs() {
        TestGitRepo repo = repository("payments");
        repo.writeFile("catalog-info.yaml", PAYMENTS.formatted("production")).commit("Add payments");
        register(repo, "catalog-info.yaml");
        String broken = repo.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: [service
                  lifecycle: production
                """).commit("Break the YAML");

        refresh("component:default/payments");

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("spec").path("type").asString()).isEqualTo("service");
        JsonNode items = payments.path("status").path("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.path("type").asString()).isEqualTo("backstage.io/catalog-processing");
        assertThat(item.path("level").asString()).isEqualTo("error");
        JsonNode error = item.path("error");
        assertThat(error.path("name").asString()).isEqualTo("InputError");
        assertThat(error.path("file").asString()).isEqualTo("catalog-info.yaml");
        assertThat(error.path("line").asInt()).isEqualTo(7);
        assertThat(error.path("column").asInt()).isEqualTo(12);
        assertThat(error.path("commit").asString()).isEqualTo(broken);
        assertThat(error.path("location").asString()).isEqualTo("url:" + blobUrl(repo, "catalog-info.yaml"));
        assertThat(error.path("message").asString())
                .isEqualTo("catalog-info.yaml:7:12: YAML"
                        + " syntax error: while parsing a flow sequence, expected ',' or ']', but got :; fix the indentation"
                        + " or quoting here. Because catalog-info.yaml could not be read at commit " + broken + ", the"
                        + " catalog serves the last good version of this entity; fix the file, and the next refresh of location url:"
                        + blobUrl(repo, "catalog-info.yaml") + " stores it again.");
        assertThat(item.path("message").asString())
                .isEqualTo("InputError: " + error.path("message").asString());
    }

    @Test
    void anEntityInvalidOnItsFirstReadIsExplainedOnTheLocationsGeneratedEntity() {
        TestGitRepo repo = repository("first-read");
        String commit = repo.writeFile("catalog-info.yaml", TEAM + "---\n" + """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: billing
                spec:
                  type: service
                  lifecycle: production
                """)
                .commit("Add a team and a component without owner");

        register(repo, "catalog-info.yaml");

        assertThat(status("component", "billing")).isEqualTo(404);
        assertThat(status("group", "team-a")).isEqualTo(200);
        JsonNode items = entity("location", generatedName(repo, "catalog-info.yaml"))
                .path("status")
                .path("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode error = items.get(0).path("error");
        assertThat(error.path("name").asString()).isEqualTo("InputError");
        assertThat(error.path("file").asString()).isEqualTo("catalog-info.yaml");
        assertThat(error.path("line").asInt()).isEqualTo(13);
        assertThat(error.path("column").asInt()).isEqualTo(1);
        assertThat(error.path("commit").asString()).isEqualTo(commit);
        assertThat(error.path("message").asString())
                .isEqualTo("catalog-info.yaml:13:1: spec.owner is required for"
                        + " kind Component: name the owning group, e.g. owner: team-a. (commit " + commit + ")");
    }

    @Test
    void aFileWithTheSameEntityTwiceIsOkAndTheEntityAndItsLocationShowTheWarning() {
        TestGitRepo repo = repository("twice");
        String commit = repo.writeFile(
                        "catalog-info.yaml",
                        PAYMENTS.formatted("experimental") + "---\n" + PAYMENTS.formatted("production"))
                .commit("Define payments twice");

        String id = register(repo, "catalog-info.yaml");

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("spec").path("lifecycle").asString()).isEqualTo("production");
        JsonNode items = payments.path("status").path("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.path("type").asString()).isEqualTo("backstage.io/catalog-processing");
        assertThat(item.path("level").asString()).isEqualTo("warning");
        assertThat(item.path("message").asString()).startsWith("Warning: catalog-info.yaml:13:");
        assertThat(item.path("error").path("name").asString()).isEqualTo("Warning");
        assertThat(item.path("error").path("line").asInt()).isEqualTo(13);
        assertThat(item.path("error").path("commit").asString()).isEqualTo(commit);
        assertThat(item.path("error").path("message").asString())
                .contains("component:default/payments is defined twice in this file", "later one is kept");

        JsonNode location = json(http.get("/api/catalog/locations/" + id, TOKEN));
        assertThat(location.path("status").asString()).isEqualTo("ok");
        assertThat(location.has("message")).as(location.toString()).isFalse();
        assertThat(location.path("problemCount").asInt()).isEqualTo(1);
        JsonNode problem = location.path("problems").get(0);
        assertThat(problem.path("kind").asString()).isEqualTo("warning");
        assertThat(problem.path("level").asString()).isEqualTo("warning");
        assertThat(problem.path("entityRef").asString()).isEqualTo("component:default/payments");

        JsonNode onLocationEntity = entity("location", generatedName(repo, "catalog-info.yaml"))
                .path("status")
                .path("items");
        assertThat(onLocationEntity.size()).isEqualTo(1);
        assertThat(onLocationEntity.get(0).path("level").asString()).isEqualTo("warning");
        assertThat(onLocationEntity.get(0).path("error").path("entityRef").asString())
                .isEqualTo("component:default/payments");
    }

    @Test
    void anOrphanSaysInWhichFileAndCommitItWasLastSeenAndWhatToDo() {
        TestGitRepo repo = repository("orphans");
        String seen = repo.writeFile("catalog-info.yaml", TEAM + "---\n" + PAYMENTS.formatted("production"))
                .commit("Add a team and payments");
        register(repo, "catalog-info.yaml");
        String gone = repo.writeFile("catalog-info.yaml", TEAM).commit("Remove payments");

        refresh("group:default/team-a");

        JsonNode payments = entity("component", "payments");
        String uid = payments.path("metadata").path("uid").asString();
        assertThat(payments.path("metadata")
                        .path("annotations")
                        .path("backstage.io/orphan")
                        .asString())
                .isEqualTo("true");
        JsonNode items = payments.path("status").path("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode error = items.get(0).path("error");
        assertThat(error.path("file").asString()).isEqualTo("catalog-info.yaml");
        assertThat(error.path("commit").asString()).isEqualTo(seen);
        assertThat(error.path("message").asString())
                .isEqualTo("This entity is an orphan: Location url:"
                        + blobUrl(repo, "catalog-info.yaml") + " no longer emits this entity as of commit " + gone
                        + "; it was last seen in catalog-info.yaml at commit " + seen + ". Restore its descriptor in"
                        + " catalog-info.yaml, or delete the entity with DELETE /api/catalog/entities/by-uid/" + uid
                        + ".");
        assertThat(entity("group", "team-a").has("status")).isFalse();
    }

    @Test
    void aConflictLeavesTheWinnerServedAndShowsOnTheLosersLocationEntityWithFileAndLine() {
        TestGitRepo first = repository("winner");
        first.writeFile("catalog-info.yaml", PAYMENTS.formatted("production")).commit("Add payments");
        String firstId = register(first, "catalog-info.yaml");
        TestGitRepo second = repository("loser");
        String claim = second.writeFile(
                        "services.yaml",
                        TEAM.replace("team-a", "team-b") + "---\n" + PAYMENTS.formatted("experimental"))
                .commit("Claim payments too");

        register(second, "services.yaml");

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("spec").path("lifecycle").asString()).isEqualTo("production");
        assertThat(payments.path("status")
                        .path("items")
                        .valueStream()
                        .map(item -> item.path("level").asString()))
                .containsOnly("warning");
        JsonNode items = entity("location", generatedName(second, "services.yaml"))
                .path("status")
                .path("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode error = items.get(0).path("error");
        assertThat(items.get(0).path("level").asString()).isEqualTo("error");
        assertThat(error.path("name").asString()).isEqualTo("ConflictError");
        assertThat(error.path("file").asString()).isEqualTo("services.yaml");
        assertThat(error.path("line").asInt()).isEqualTo(12);
        assertThat(error.path("column").asInt()).isEqualTo(3);
        assertThat(error.path("commit").asString()).isEqualTo(claim);
        assertThat(error.path("entityRef").asString()).isEqualTo("component:default/payments");
        assertThat(error.path("message").asString())
                .isEqualTo("services.yaml:12:3: Entity component:default/payments"
                        + " is already provided by location url:" + blobUrl(first, "catalog-info.yaml") + " (" + firstId
                        + "), so this location's copy was not stored. Unregister one of the two locations, or rename the"
                        + " entity in one of them. (commit " + claim + ")");
        assertThat(entity("location", generatedName(first, "catalog-info.yaml")).has("status"))
                .isFalse();
    }

    @Test
    void aLocationThatCanNoLongerBeReadSaysSoOnItsGeneratedEntity() throws GitAPIException {
        TestGitRepo repo = repository("vanishing");
        String last = repo.writeFile("catalog-info.yaml", PAYMENTS.formatted("production"))
                .commit("Add payments");
        register(repo, "catalog-info.yaml");
        repo.switchBranch("elsewhere");
        Git.wrap(repo.repository())
                .branchDelete()
                .setBranchNames(TestGitRepo.MAIN)
                .setForce(true)
                .call();

        refresh("component:default/payments");

        assertThat(entity("component", "payments").has("status")).isFalse();
        JsonNode items = entity("location", generatedName(repo, "catalog-info.yaml"))
                .path("status")
                .path("items");
        assertThat(items.size()).isEqualTo(1);
        JsonNode error = items.get(0).path("error");
        assertThat(error.path("name").asString()).isEqualTo("LocationReadError");
        assertThat(error.path("commit").asString()).isEqualTo(last);
        assertThat(error.path("message").asString())
                .startsWith("Could not read " + blobUrl(repo, "catalog-info.yaml") + ": ")
                .endsWith(" The entities read before are kept. The last commit read is " + last + ". Make the"
                        + " source readable again (host, credentials, branch, path), then refresh the location.");
    }

    @Test
    void historyNamesTriggerActorAndCommitAndAsOfReturnsTheVersionInForceThen() {
        TestGitRepo repo = repository("history");
        String created =
                repo.writeFile("catalog-info.yaml", invoicing("experimental")).commit("Add");
        register(repo, "catalog-info.yaml");
        String changed =
                repo.writeFile("catalog-info.yaml", invoicing("production")).commit("Go live");

        refresh("component:default/invoicing");

        JsonNode history = json(http.get("/api/catalog/entities/by-name/component/default/invoicing/history", TOKEN))
                .path("items");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("change").asString()).isEqualTo("updated");
        assertThat(history.get(0).path("trigger").asString()).isEqualTo("on-demand-refresh");
        assertThat(history.get(0).path("actor").asString()).isEqualTo(TestIdentities.SERVICE_SUBJECT);
        assertThat(history.get(0).path("sourceCommit").asString()).isEqualTo(changed);
        assertThat(history.get(1).path("change").asString()).isEqualTo("created");
        assertThat(history.get(1).path("trigger").asString()).isEqualTo("api");
        assertThat(history.get(1).path("actor").asString()).isEqualTo(TestIdentities.SERVICE_SUBJECT);
        assertThat(history.get(1).path("sourceCommit").asString()).isEqualTo(created);
        String createdAt = history.get(1).path("changedAt").asString();
        var then = http.get("/api/catalog/entities/by-name/component/default/invoicing?asOf=" + createdAt, TOKEN);
        assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
        assertThat(json(then).path("spec").path("lifecycle").asString()).isEqualTo("experimental");
        assertThat(entity("component", "invoicing")
                        .path("spec")
                        .path("lifecycle")
                        .asString())
                .isEqualTo("production");

        var bad = http.get("/api/catalog/entities/by-name/component/default/invoicing?asOf=yesterday", TOKEN);

        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode body = json(bad);
        assertThat(body.path("error").path("name").asString()).isEqualTo("InputError");
        assertThat(body.path("error").path("message").asString())
                .isEqualTo("asOf 'yesterday' is not an ISO-8601" + " instant; write e.g. 2026-11-23T10:15:30Z.");
        assertThat(body.path("request").path("method").asString()).isEqualTo("GET");
        assertThat(body.path("response").path("statusCode").asInt()).isEqualTo(400);
    }

    /** A component of its own: history is kept after its location goes, so other tests' payments would show. */
    static String invoicing(String lifecycle) {
        return PAYMENTS.formatted(lifecycle).replace("name: payments", "name: invoicing");
    }

    TestGitRepo repository(String prefix) {
        return locations.repository(prefix);
    }

    String register(TestGitRepo repo, String file) {
        return locations.register(repo, file);
    }

    static String blobUrl(TestGitRepo repo, String file) {
        return GitSources.get().blobUrl(repo, file);
    }

    /** Backstage's name for the Location entity of a registered location: generated- and SHA-1 of type:target. */
    static String generatedName(TestGitRepo repo, String file) {
        return RegisteredLocations.generatedName("url:" + blobUrl(repo, file));
    }

    JsonNode entity(String kind, String name) {
        var response = http.get("/api/catalog/entities/by-name/" + kind + "/default/" + name, TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    int status(String kind, String name) {
        return http.get("/api/catalog/entities/by-name/" + kind + "/default/" + name, TOKEN)
                .statusCode();
    }

    void refresh(String entityRef) {
        var response = http.postJson("/api/catalog/refresh", "{\"entityRef\":\"" + entityRef + "\"}", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
