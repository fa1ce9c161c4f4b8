package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.ExampleOrganisation;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example organisation the README's quick start registers: one {@code file} location brings groups, users, a
 * domain, a system, components, APIs (one read with {@code $text}), a resource and a template, with no problem.
 */
@SocleIntegrationTest
class ExampleOrganisationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] EDITOR = bearer(TestIdentities.SERVICE_TOKEN);

    @LocalServerPort
    int port;

    Http http;
    RegisteredLocations locations;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        locations = new RegisteredLocations(http, EDITOR);
    }

    @AfterEach
    void unregister() {
        locations.close();
    }

    @Test
    void theShippedExampleRegistersInOneCallWithEveryKindAndNoProblem() {
        Path descriptor = ExampleOrganisation.copyUnderAllowedRoot();

        var registered = http.postJson(
                "/api/catalog/locations", "{\"type\":\"file\",\"target\":\"" + descriptor + "\"}", EDITOR);

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = locations.add(
                json(registered.body()).path("location").path("id").asString());
        var location = http.get("/api/catalog/locations/" + id, EDITOR);
        assertThat(location.body()).contains("\"status\":\"ok\"").doesNotContain("\"problems\":[{");

        JsonNode all = json(http.get("/api/catalog/entities", EDITOR).body());
        assertThat(all.valueStream()
                        .filter(entity -> entity.path("metadata")
                                .path("annotations")
                                .path("backstage.io/managed-by-origin-location")
                                .asString()
                                .equals("file:" + descriptor))
                        .map(entity -> entity.path("kind").asString())
                        .filter(kind -> !kind.equals("Location")))
                .containsOnlyOnce("Domain", "System", "Resource", "Template")
                .contains("Group", "User", "Component", "API")
                .hasSize(4 + 4 + 1 + 1 + 1 + 3 + 2 + 1);
    }

    @Test
    void theExamplesRelationsAndApiDefinitionAreServed() {
        Path descriptor = ExampleOrganisation.copyUnderAllowedRoot();
        var registered = http.postJson(
                "/api/catalog/locations", "{\"type\":\"file\",\"target\":\"" + descriptor + "\"}", EDITOR);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        locations.add(json(registered.body()).path("location").path("id").asString());

        JsonNode api = entity("api", "checkout-api");
        assertThat(api.path("spec").path("definition").asString()).startsWith("openapi: 3.0.3");
        assertThat(relations(api)).contains("apiProvidedBy:component:default/checkout", "partOf:system:default/shop");

        JsonNode checkout = entity("component", "checkout");
        assertThat(relations(checkout))
                .contains(
                        "ownedBy:group:default/web-team",
                        "providesApi:api:default/checkout-api",
                        "consumesApi:api:default/payments-api",
                        "dependsOn:resource:default/shop-db");
        assertThat(relations(entity("group", "engineering")))
                .contains("childOf:group:default/acme", "parentOf:group:default/web-team");
        assertThat(relations(entity("user", "carol"))).contains("memberOf:group:default/payments-team");
        assertThat(relations(entity("system", "shop"))).contains("partOf:domain:default/commerce");
        assertThat(entity("template", "spring-service").path("apiVersion").asString())
                .isEqualTo("scaffolder.backstage.io/v1beta3");
    }

    private JsonNode entity(String kind, String name) {
        var response = http.get("/api/catalog/entities/by-name/" + kind + "/default/" + name, EDITOR);
        assertThat(response.statusCode())
                .as(kind + ":" + name + " " + response.body())
                .isEqualTo(200);
        return json(response.body());
    }

    private static java.util.List<String> relations(JsonNode entity) {
        return entity.path("relations")
                .valueStream()
                .map(relation -> relation.path("type").asString() + ":"
                        + relation.path("targetRef").asString())
                .toList();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
