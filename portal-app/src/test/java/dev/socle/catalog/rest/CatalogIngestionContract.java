package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.TestIdentities;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog ingestion through the REST API, from real git repositories: what Backstage users do, on every supported
 * database. Each test has its own repository, so tests never see each other's entities.
 */
@TestPropertySource(
        properties = {
            "socle.catalog.rules.allow[0].kind=Pipeline",
            "socle.catalog.rules.allow[0].api-version=acme.io/v1"
        })
abstract class CatalogIngestionContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;
    RegisteredLocations locations;
    TestGitRepo repo;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        locations = new RegisteredLocations(http, TOKEN);
        repo = locations.keep(GitSources.get().fixture("acme"));
    }

    @AfterEach
    void unregister() {
        locations.close();
    }

    String register(String file) {
        return registerIn(repo, file);
    }

    String registerIn(TestGitRepo source, String file) {
        return locations.register(source, file);
    }

    /** Backstage's name for the Location entity it generates for a registered location: SHA-1 of type:target. */
    String registeredLocationRef(String file) {
        return "location:default/"
                + RegisteredLocations.generatedName("url:" + GitSources.get().blobUrl(repo, file));
    }

    JsonNode entity(String kind, String name) {
        return entityIn(kind, "default", name);
    }

    JsonNode entityIn(String kind, String namespace, String name) {
        var response = http.get("/api/catalog/entities/by-name/" + kind + "/" + namespace + "/" + name, TOKEN);
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

    static List<String> relations(JsonNode entity) {
        List<String> relations = new ArrayList<>();
        entity.path("relations")
                .forEach(r -> relations.add(
                        r.path("type").asString() + " " + r.path("targetRef").asString()));
        return relations;
    }

    /** Every entity that came from one registered location, each with its relations as {@code type targetRef}. */
    Map<String, TreeSet<String>> entitiesWithRelationsFrom(TestGitRepo source, String file) {
        String filter = "metadata.annotations.backstage.io/managed-by-origin-location=url:"
                + GitSources.get().blobUrl(source, file);
        var response = http.get(
                "/api/catalog/entities/by-query?limit=100&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, TreeSet<String>> entities = new TreeMap<>();
        json(response).path("items").forEach(entity -> entities.put(ref(entity), new TreeSet<>(relations(entity))));
        return entities;
    }

    static String ref(JsonNode entity) {
        return (entity.path("kind").asString() + ":"
                        + entity.path("metadata").path("namespace").asString() + "/"
                        + entity.path("metadata").path("name").asString())
                .toLowerCase(java.util.Locale.ROOT);
    }

    static TreeSet<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }

    @Test
    void aBackstageStyleOrganisationIsServedWithExactlyItsEntitiesAndEveryRelationInBothDirections() {
        TestGitRepo org = GitSources.get().fixture("org");
        try {
            registerIn(org, "catalog-info.yaml");

            String generated = "location:default/"
                    + RegisteredLocations.generatedName(
                            "url:" + GitSources.get().blobUrl(org, "catalog-info.yaml"));
            assertThat(entitiesWithRelationsFrom(org, "catalog-info.yaml"))
                    .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                            Map.entry(generated, set()),
                            Map.entry("location:default/acme-org", set()),
                            Map.entry(
                                    "group:acme/engineering",
                                    set(
                                            "parentOf group:acme/platform",
                                            "parentOf group:acme/payments",
                                            "ownerOf domain:acme/commerce")),
                            Map.entry(
                                    "group:acme/platform",
                                    set(
                                            "childOf group:acme/engineering",
                                            "hasMember user:acme/jo",
                                            "hasMember user:hr/sam",
                                            "ownerOf system:acme/orders-system",
                                            "ownerOf api:acme/orders-api",
                                            "ownerOf component:acme/orders",
                                            "ownerOf component:acme/orders-worker",
                                            "ownerOf resource:acme/orders-db",
                                            "ownerOf template:acme/java-service")),
                            Map.entry(
                                    "group:acme/payments",
                                    set(
                                            "childOf group:acme/engineering",
                                            "hasMember user:default/alex",
                                            "ownerOf api:acme/billing-api",
                                            "ownerOf component:acme/billing")),
                            Map.entry(
                                    "domain:acme/commerce",
                                    set("ownedBy group:acme/engineering", "hasPart system:acme/orders-system")),
                            Map.entry(
                                    "system:acme/orders-system",
                                    set(
                                            "ownedBy group:acme/platform",
                                            "partOf domain:acme/commerce",
                                            "hasPart api:acme/orders-api",
                                            "hasPart component:acme/orders",
                                            "hasPart resource:acme/orders-db")),
                            Map.entry("user:acme/jo", set("memberOf group:acme/platform")),
                            Map.entry("user:hr/sam", set("memberOf group:acme/platform")),
                            Map.entry("user:default/alex", set("memberOf group:acme/payments")),
                            Map.entry(
                                    "api:acme/orders-api",
                                    set(
                                            "ownedBy group:acme/platform",
                                            "partOf system:acme/orders-system",
                                            "apiProvidedBy component:acme/orders")),
                            Map.entry(
                                    "component:acme/orders",
                                    set(
                                            "ownedBy group:acme/platform",
                                            "partOf system:acme/orders-system",
                                            "providesApi api:acme/orders-api",
                                            "consumesApi api:acme/billing-api",
                                            "dependsOn resource:acme/orders-db",
                                            "hasPart component:acme/orders-worker",
                                            "dependencyOf component:acme/billing")),
                            Map.entry(
                                    "component:acme/orders-worker",
                                    set("ownedBy group:acme/platform", "partOf component:acme/orders")),
                            Map.entry(
                                    "resource:acme/orders-db",
                                    set(
                                            "ownedBy group:acme/platform",
                                            "partOf system:acme/orders-system",
                                            "dependencyOf component:acme/orders")),
                            Map.entry(
                                    "api:acme/billing-api",
                                    set(
                                            "ownedBy group:acme/payments",
                                            "apiProvidedBy component:acme/billing",
                                            "apiConsumedBy component:acme/orders")),
                            Map.entry(
                                    "component:acme/billing",
                                    set(
                                            "ownedBy group:acme/payments",
                                            "providesApi api:acme/billing-api",
                                            "dependsOn component:acme/orders")),
                            Map.entry("template:acme/java-service", set("ownedBy group:acme/platform")),
                            Map.entry("pipeline:acme/orders-ci", set())));

            JsonNode api = entityIn("api", "acme", "orders-api");
            assertThat(api.path("spec").path("definition").asString())
                    .startsWith("openapi: 3.0.3")
                    .contains("Place an order");
            assertThat(entityIn("template", "acme", "java-service")
                            .path("apiVersion")
                            .asString())
                    .isEqualTo("scaffolder.backstage.io/v1beta3");
            assertThat(entityIn("template", "acme", "java-service")
                            .at("/spec/steps/0/input/values/name")
                            .asString())
                    .as("template expressions are stored as written, for the scaffolder")
                    .isEqualTo("${{ parameters.name }}");
            assertThat(entityIn("component", "acme", "orders")
                            .at("/metadata/links/0/title")
                            .asString())
                    .isEqualTo("Dashboard");
            assertThat(http.get("/api/catalog/entities/by-name/widget/acme/not-allowed", TOKEN)
                            .statusCode())
                    .as("a kind the allow-list does not name is refused")
                    .isEqualTo(404);
            assertThat(http.get("/api/catalog/entities/by-name/component/acme/billing%20v2", TOKEN)
                            .statusCode())
                    .as("the deliberately invalid entity")
                    .isEqualTo(404);
        } finally {
            org.close();
        }
    }

    @Test
    void aDeletedFileOrphansTheEntitiesItHeldAndNothingElse() {
        TestGitRepo org = GitSources.get().fixture("org");
        try {
            registerIn(org, "catalog-info.yaml");
            String ordersEtag = entityIn("component", "acme", "orders")
                    .path("metadata")
                    .path("etag")
                    .asString();

            org.deleteFile("custom/pipelines.yaml")
                    .writeFile(
                            "catalog-info.yaml",
                            GitSourcesText.read(org, "catalog-info.yaml")
                                    .replace("    - ./custom/pipelines.yaml\n", ""))
                    .commit("Retire the pipelines");
            refresh("group:acme/platform");

            JsonNode pipeline = entityIn("pipeline", "acme", "orders-ci");
            assertThat(pipeline.at("/metadata/annotations/backstage.io~1orphan").asString())
                    .isEqualTo("true");
            assertThat(pipeline.path("status")
                            .path("items")
                            .get(0)
                            .path("message")
                            .asString())
                    .contains("orphan");
            JsonNode orders = entityIn("component", "acme", "orders");
            assertThat(orders.at("/metadata/annotations/backstage.io~1orphan").isMissingNode())
                    .isTrue();
            assertThat(orders.path("metadata").path("etag").asString()).isEqualTo(ordersEtag);
        } finally {
            org.close();
        }
    }

    @Test
    void registeringALocationStoresEveryEntityWithRelationsInBothDirections() {
        register("catalog-info.yaml");

        JsonNode payments = entity("component", "payments");
        assertThat(relations(payments))
                .contains(
                        "ownedBy group:default/team-a",
                        "partOf system:default/payments-system",
                        "providesApi api:default/payments-api",
                        "dependencyOf component:default/web");
        assertThat(relations(entity("group", "team-a")))
                .contains(
                        "ownerOf component:default/payments",
                        "ownerOf component:default/ledger",
                        "hasMember user:default/jane");
        assertThat(relations(entity("user", "jane"))).contains("memberOf group:default/team-a");
        assertThat(relations(entity("api", "payments-api")))
                .contains(
                        "apiProvidedBy component:default/payments",
                        "apiConsumedBy component:default/web",
                        "partOf system:default/payments-system");
        assertThat(relations(entity("system", "payments-system")))
                .contains("hasPart component:default/payments", "hasPart api:default/payments-api");
        assertThat(entity("api", "payments-api").path("spec").path("definition").asString())
                .startsWith("openapi: 3.0.0");
        assertThat(payments.path("metadata")
                        .path("annotations")
                        .path("backstage.io/managed-by-location")
                        .asString())
                .startsWith("url:http://127.0.0.1:");
    }

    @Test
    void registeringTheSameLocationTwiceIsAConflictInBackstagesErrorShape() {
        register("catalog-info.yaml");

        var again = http.postJson(
                "/api/catalog/locations",
                "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repo, "catalog-info.yaml") + "\"}",
                TOKEN);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("error").path("name").asString()).isEqualTo("ConflictError");
        assertThat(json(again).path("error").path("message").asString()).contains("already registered");
    }

    @Test
    void aChangedFileIsPickedUpOnRefreshWithANewEtagAndAHistoryEntry() {
        register("catalog-info.yaml");
        JsonNode before = entity("component", "ledger");

        repo.writeFile("catalog-info.yaml", GitSourcesText.acmeWithLedgerLifecycle("production"))
                .commit("Ledger goes to production");
        refresh("component:default/ledger");

        JsonNode after = entity("component", "ledger");
        assertThat(after.path("spec").path("lifecycle").asString()).isEqualTo("production");
        assertThat(after.path("metadata").path("etag").asString())
                .isNotEqualTo(before.path("metadata").path("etag").asString());
        assertThat(after.path("metadata").path("uid").asString())
                .isEqualTo(before.path("metadata").path("uid").asString());
        JsonNode history = json(http.get("/api/catalog/entities/by-name/component/default/ledger/history", TOKEN));
        assertThat(history.path("items").get(0).path("change").asString()).isEqualTo("updated");
        assertThat(history.path("items").get(0).path("trigger").asString()).isEqualTo("on-demand-refresh");
        assertThat(history.path("items").get(0).path("diff").toString()).contains("/spec/lifecycle");
    }

    @Test
    void anUnchangedEntityKeepsItsEtagAcrossARefresh() {
        register("catalog-info.yaml");
        String etag =
                entity("component", "payments").path("metadata").path("etag").asString();

        refresh("component:default/payments");

        assertThat(entity("component", "payments").path("metadata").path("etag").asString())
                .isEqualTo(etag);
    }

    @Test
    void ancestryLeadsFromAnEntityThroughTheLocationEntitiesThatLedToIt() {
        repo.writeFile("org.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: org
                spec:
                  targets: [./services/all.yaml]
                """)
                .writeFile("services/all.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: services
                spec:
                  target: ./billing.yaml
                """)
                .writeFile("services/billing.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: billing
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                """)
                .commit("Add an organisation root");
        register("org.yaml");

        JsonNode ancestry = json(http.get("/api/catalog/entities/by-name/component/default/billing/ancestry", TOKEN));

        assertThat(ancestry.path("rootEntityRef").asString()).isEqualTo("component:default/billing");
        assertThat(ancestry.path("items")
                        .valueStream()
                        .map(item -> item.path("entity")
                                        .path("metadata")
                                        .path("name")
                                        .asString() + " <- "
                                + item.path("parentEntityRefs")
                                        .valueStream()
                                        .map(JsonNode::asString)
                                        .toList()))
                .containsExactly(
                        "billing <- [location:default/services]",
                        "services <- [location:default/org]",
                        "org <- [" + registeredLocationRef("org.yaml") + "]",
                        registeredLocationRef("org.yaml").substring("location:default/".length()) + " <- []");
    }

    @Test
    void aBrokenFileKeepsTheLastGoodVersionOfItsEntities() {
        register("catalog-info.yaml");

        repo.writeFile(
                        "catalog-info.yaml",
                        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n"
                                + "  name: payments\n  bad: [unclosed\n")
                .commit("Break the YAML");
        refresh("component:default/payments");

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("spec").path("type").asString()).isEqualTo("service");
        assertThat(payments.path("status").path("items").get(0).path("message").asString())
                .contains("last good version")
                .contains("catalog-info.yaml");
        assertThat(status("group", "team-a")).isEqualTo(200);
    }

    @Test
    void aSecondLocationEmittingTheSameEntityGetsAConflictAndTheFirstKeepsIt() {
        register("catalog-info.yaml");
        TestGitRepo other = GitSources.get().newRepository("impostor");
        other.writeFile("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: library
                  lifecycle: experimental
                  owner: team-b
                """).commit("Claim payments");
        var response = http.postJson(
                "/api/catalog/locations",
                "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(other, "catalog-info.yaml") + "\"}",
                TOKEN);
        locations.add(json(response).path("location").path("id").asString());

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("spec").path("type").asString()).isEqualTo("service");
        assertThat(payments.path("status").path("items").toString())
                .contains("ConflictError")
                .contains(other.directory().getFileName().toString());
        other.close();
    }

    @Test
    void entitiesRemovedFromTheirFileBecomeOrphans() {
        register("catalog-info.yaml");

        repo.deleteFile("catalog-info.yaml")
                .writeFile("catalog-info.yaml", GitSourcesText.onlyTeam())
                .commit("Remove everything but the team");
        refresh("group:default/team-a");

        JsonNode payments = entity("component", "payments");
        assertThat(payments.path("metadata")
                        .path("annotations")
                        .path("backstage.io/orphan")
                        .asString())
                .isEqualTo("true");
        assertThat(payments.path("status").path("items").get(0).path("message").asString())
                .contains("orphan");
    }

    @Test
    void aRefreshWhileAnotherInstanceReadsTheLocationAnswersThatItFollowsThatRead() {
        String location = register("catalog-info.yaml");
        var idle = http.postJson("/api/catalog/refresh", "{\"entityRef\":\"component:default/payments\"}", TOKEN);
        assertThat(idle.statusCode()).isEqualTo(200);
        assertThat(idle.body()).as("Backstage's answer: no body").isEmpty();
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        jdbc.update(
                "update catalog_location set claimed_by = 'instance-b', claimed_at = ?, claimed_until = ?"
                        + " where id = ?",
                since,
                since.plusMinutes(10),
                UUID.fromString(location));

        var queued = http.postJson("/api/catalog/refresh", "{\"entityRef\":\"component:default/payments\"}", TOKEN);

        assertThat(queued.statusCode())
                .as("Backstage's client accepts nothing but 200")
                .isEqualTo(200);
        JsonNode body = json(queued);
        assertThat(body.path("status").asString()).isEqualTo("queued");
        assertThat(body.path("readBy").asString()).isEqualTo("instance-b");
        assertThat(body.path("message").asString())
                .isEqualTo("Location " + location + " is being read by instance instance-b since " + since.toInstant()
                        + "; the refresh will follow as soon as that read ends.");
        assertThat(jdbc.queryForObject(
                        "select refresh_requested from catalog_location where id = ?",
                        Boolean.class,
                        UUID.fromString(location)))
                .isTrue();
        jdbc.update(
                "update catalog_location set claimed_by = null, claimed_at = null, claimed_until = null where id = ?",
                UUID.fromString(location));
    }

    @Test
    void aDeletedEntityComesBackWhenItsLocationIsRefreshed() {
        register("catalog-info.yaml");
        String uid = entity("component", "ledger").path("metadata").path("uid").asString();

        assertThat(http.delete("/api/catalog/entities/by-uid/" + uid, TOKEN).statusCode())
                .isEqualTo(204);
        assertThat(status("component", "ledger")).isEqualTo(404);
        refresh("component:default/payments");

        assertThat(status("component", "ledger")).isEqualTo(200);
    }

    @Test
    void aRegisteredLocationIsServedAsBackstagesGeneratedLocationEntity() {
        register("catalog-info.yaml");
        String name = registeredLocationRef("catalog-info.yaml").substring("location:default/".length());

        JsonNode location = entity("location", name);

        String target = GitSources.get().blobUrl(repo, "catalog-info.yaml");
        assertThat(location.path("spec").path("type").asString()).isEqualTo("url");
        assertThat(location.path("spec").path("target").asString()).isEqualTo(target);
        assertThat(location.path("metadata")
                        .path("annotations")
                        .path("backstage.io/managed-by-location")
                        .asString())
                .isEqualTo("url:" + target);
        assertThat(json(http.get("/api/catalog/entities/by-name/component/default/payments/ancestry", TOKEN))
                        .path("items")
                        .get(0)
                        .path("parentEntityRefs")
                        .get(0)
                        .asString())
                .isEqualTo(registeredLocationRef("catalog-info.yaml"));
    }

    @Test
    void unregisteringALocationRemovesItsEntities() {
        String id = register("catalog-info.yaml");

        assertThat(http.delete("/api/catalog/locations/" + id, TOKEN).statusCode())
                .isEqualTo(204);
        locations.remove(id);

        assertThat(status("component", "payments")).isEqualTo(404);
        assertThat(status(
                        "location", registeredLocationRef("catalog-info.yaml").substring("location:default/".length())))
                .isEqualTo(404);
        assertThat(http.get("/api/catalog/locations/" + id, TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aLocationOnAHostThatIsNotAllowedIsRefusedWithoutAnyRead() {
        var response = http.postJson(
                "/api/catalog/locations",
                "{\"type\":\"url\",\"target\":\"https://git.not-allowed.invalid/org/repo/blob/main/catalog-info.yaml\"}",
                TOKEN);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("error").path("message").asString()).contains("allowed-hosts");
    }

    @Test
    void aFileLocationOutsideTheAllowedRootsIsRefused() {
        var response = http.postJson("/api/catalog/locations", "{\"type\":\"file\",\"target\":\"/etc/passwd\"}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("error").path("message").asString()).contains("allowed-file-roots");
    }

    @Test
    void textPlaceholdersCannotLeaveTheRepository() {
        repo.writeFile("catalog-info.yaml", GitSourcesText.apiWithDefinition("../../../../../etc/passwd"))
                .writeFile(
                        "remote.yaml",
                        GitSourcesText.apiWithDefinition("http://127.0.0.1:9/x")
                                .replace("name: escaping-api", "name: remote-api"))
                .commit("Try to escape");

        var dryRun = http.postJson(
                "/api/catalog/locations?dryRun=true",
                "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repo, "catalog-info.yaml") + "\"}",
                TOKEN);
        register("catalog-info.yaml");
        register("remote.yaml");

        assertThat(dryRun.statusCode())
                .as("like Backstage, a dry run with a problem fails")
                .isEqualTo(400);
        assertThat(json(dryRun)
                        .path("errors")
                        .valueStream()
                        .map(error -> error.path("file").asString()))
                .as("the escaping file, positioned")
                .contains("catalog-info.yaml");
        assertThat(status("api", "escaping-api")).isEqualTo(404);
        assertThat(status("api", "remote-api")).isEqualTo(404);
    }

    @Test
    void everyCatalogEndpointRefusesAnonymousCallers() {
        for (String path : List.of(
                "/api/catalog/entities",
                "/api/catalog/entities/by-query",
                "/api/catalog/entities/by-name/component/default/payments",
                "/api/catalog/locations",
                "/api/catalog/entity-facets?facet=kind")) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(http.postJson("/api/catalog/locations", "{\"type\":\"url\",\"target\":\"x\"}")
                        .statusCode())
                .isEqualTo(401);
    }
}
