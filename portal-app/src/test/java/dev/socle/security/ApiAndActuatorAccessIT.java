package dev.socle.security;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@SocleIntegrationTest
class ApiAndActuatorAccessIT {

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
        assertThat(response.body()).contains("\"subject\":\"ci-pipeline\"").contains("\"roles\":[\"SERVICE\"]");
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
        assertThat(response.body()).contains("\"openapi\":\"3.1.0\"")
                .contains("/api/catalog/entities/by-query")
                .contains("/api/catalog/locations");
        assertThat(http.get("/api/openapi.json").statusCode()).isEqualTo(401);
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
    @ValueSource(strings = {"/", "/catalog", "/create", "/self-service", "/docs", "/docs/problems", "/admin",
            "/profile", "/no-such-page"})
    void everyPageSendsAnonymousVisitorsToTheLoginPage(String path) {
        var response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
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
