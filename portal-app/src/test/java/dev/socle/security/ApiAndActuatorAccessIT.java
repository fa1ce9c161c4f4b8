package dev.socle.security;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SocleIntegrationTest
class ApiAndActuatorAccessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anAnonymousApiCallGetsA401ProblemNotALoginPage() {
        var response = http.get("/api/identity");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "/docs/problems/unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
    }

    @Test
    void anUnknownBearerTokenGetsA401ProblemThatDoesNotEchoTheToken() {
        var response = http.get("/api/identity", bearer("not-a-token-socle-knows-000000"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "/docs/problems/unauthenticated");
        assertThat(response.body()).doesNotContain("not-a-token-socle-knows");
    }

    @Test
    void aStaticTokenActsAsItsConfiguredSubject() {
        var response = http.get("/api/identity", bearer(TestIdentities.SERVICE_TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"subject\":\"ci-pipeline\"")
                .contains("\"roles\":[\"CATALOG_EDITOR\",\"SERVICE\"]");
    }

    @Test
    void backstageCompatibleApisAnswerErrorsInTheShapeBackstagesClientsParse() {
        var response = http.get("/api/catalog/entities?filter=kind=component");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body())
                .contains("\"error\":{\"name\":\"AuthenticationError\"")
                .contains("\"request\":{")
                .contains("\"url\":\"/api/catalog/entities?filter=kind=component\"")
                .contains("\"response\":{\"statusCode\":401}")
                .contains("\"type\":\"/docs/problems/unauthenticated\"");
    }

    @Test
    void anUnknownApiPathIsA404ProblemNotHtml() {
        var response = http.get("/api/no-such-endpoint", bearer(TestIdentities.SERVICE_TOKEN));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        var response = http.post("/api/identity", "{}", bearer(TestIdentities.SERVICE_TOKEN));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theApiIsPublishedAsOpenApi31ForAuthenticatedCallers() {
        var response = http.get("/api/openapi.json", bearer(TestIdentities.SERVICE_TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"openapi\":\"3.1.0\"")
                .contains("/api/catalog/entities/by-query")
                .contains("/api/catalog/locations");
        assertThat(http.get("/api/openapi.json").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/catalog/entities, get, filter",
        "/api/catalog/entities, get, order",
        "/api/catalog/entities/by-query, get, filter",
        "/api/catalog/entities/by-query, get, orderField",
        "/api/catalog/entity-facets, get, facet",
        "/api/catalog/entity-facets, get, filter",
        "/api/catalog/entities/by-refs, post, filter"
    })
    void theOpenApiDocumentDeclaresTheRepeatableQueryParameters(String path, String method, String parameter) {
        JsonNode document = JSON.readTree(http.get("/api/openapi.json", bearer(TestIdentities.SERVICE_TOKEN))
                .body());

        JsonNode declared = document.path("paths")
                .path(path)
                .path(method)
                .path("parameters")
                .valueStream()
                .filter(candidate -> candidate.path("name").asString().equals(parameter))
                .findFirst()
                .orElse(null);

        assertThat(declared).as(parameter + " of " + method + " " + path).isNotNull();
        assertThat(declared.path("in").asString()).isEqualTo("query");
        assertThat(declared.path("schema").path("type").toString()).contains("array");
    }

    /** Every route of the catalog API, and the API's own; {@code true} for those that change the catalog. */
    static Stream<Arguments> apiRoutes() {
        String uid = "00000000-0000-0000-0000-000000000000";
        return Stream.of(
                route("GET", "/api/catalog/entities", false),
                route("GET", "/api/catalog/entities/by-query", false),
                route("GET", "/api/catalog/entities/by-name/component/default/nobody", false),
                route("GET", "/api/catalog/entities/by-name/component/default/nobody/ancestry", false),
                route("GET", "/api/catalog/entities/by-name/component/default/nobody/history", false),
                route("GET", "/api/catalog/entities/by-uid/" + uid, false),
                route("DELETE", "/api/catalog/entities/by-uid/" + uid, true),
                route("POST", "/api/catalog/entities/by-refs", false),
                route("GET", "/api/catalog/entity-facets?facet=kind", false),
                route("GET", "/api/catalog/locations", false),
                route("POST", "/api/catalog/locations", true),
                route("POST", "/api/catalog/locations?dryRun=true", true),
                route("GET", "/api/catalog/locations/" + uid, false),
                route("DELETE", "/api/catalog/locations/" + uid, true),
                route("GET", "/api/catalog/locations/by-entity/component/default/nobody", false),
                route("POST", "/api/catalog/refresh", false),
                route("POST", "/api/catalog/validate-entity", false),
                route("POST", "/api/catalog/analyze-location", true),
                route("GET", "/api/openapi.json", false),
                route("GET", "/api/identity", false));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiRoutes")
    void everyApiRouteRefusesAnonymousCallers(String method, String path, boolean changesTheCatalog) {
        var response = call(method, path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiRoutes")
    void onlyCatalogEditorsMayChangeTheCatalog(String method, String path, boolean changesTheCatalog) {
        var reader = call(method, path, bearer(TestIdentities.READER_TOKEN));

        if (changesTheCatalog) {
            assertThat(reader.statusCode()).as(reader.body()).isEqualTo(403);
            JsonNode body = JSON.readTree(reader.body());
            assertThat(body.path("error").path("name").asString()).isEqualTo("NotAllowedError");
            assertThat(body.path("response").path("statusCode").asInt()).isEqualTo(403);
            assertThat(body.path("type").asString()).isEqualTo("/docs/problems/not-allowed");
            assertThat(call(method, path, bearer(TestIdentities.SERVICE_TOKEN)).statusCode())
                    .as("a catalog editor gets past the door")
                    .isNotIn(401, 403);
        } else {
            assertThat(reader.statusCode()).as(reader.body()).isNotIn(401, 403);
        }
    }

    @Test
    void anAdminIsACatalogEditor() {
        var identity = http.get("/api/identity", bearer(TestIdentities.ADMIN_TOKEN));
        var delete = http.delete(
                "/api/catalog/entities/by-uid/00000000-0000-0000-0000-000000000000",
                bearer(TestIdentities.ADMIN_TOKEN));

        assertThat(identity.body()).contains("\"roles\":[\"ADMIN\",\"CATALOG_EDITOR\",\"SERVICE\"]");
        assertThat(delete.statusCode()).isEqualTo(204);
    }

    private static Arguments route(String method, String path, boolean changesTheCatalog) {
        return Arguments.of(method, path, changesTheCatalog);
    }

    /** Calls the route with a small body that passes no validation, so nothing is ever changed. */
    private HttpResponse<String> call(String method, String path, String... headers) {
        return switch (method) {
            case "GET" -> http.get(path, headers);
            case "DELETE" -> http.delete(path, headers);
            default -> http.postJson(path, "{}", headers);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthIsPublicForProbes(String path) {
        var response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"})
    void otherActuatorEndpointsRefuseAnonymousCallers(String path) {
        var response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "/docs/problems/unauthenticated");
    }

    @Test
    void prometheusRefusesATokenWithoutTheAdminRole() {
        var response = http.get("/actuator/prometheus", bearer(TestIdentities.SERVICE_TOKEN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, "/docs/problems/not-allowed");
    }

    @Test
    void prometheusServesMetricsToAnAdminToken() {
        var response = http.get("/actuator/prometheus", bearer(TestIdentities.ADMIN_TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/catalog",
                "/create",
                "/self-service",
                "/docs",
                "/docs/problems",
                "/admin",
                "/profile",
                "/no-such-page"
            })
    void everyPageSendsAnonymousVisitorsToTheLoginPage(String path) {
        var response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theLoginPageAndStylesAreServedToAnonymousVisitors() {
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
        assertThat(http.get("/styles/socle.css").statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + type + "\"").contains("\"detail\":");
    }
}
