package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /validate-entity} answers as Backstage's does: 200 when valid, 400 with {@code errors} when not. */
@SocleIntegrationTest
class ValidateEntityApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] READER = bearer(TestIdentities.READER_TOKEN);
    private static final String LOCATION =
            "\"location\":\"url:https://git.example.com/org/repo/blob/main/catalog-info.yaml\"";
    private static final String VALID = "{\"apiVersion\":\"backstage.io/v1alpha1\",\"kind\":\"Component\","
            + "\"metadata\":{\"name\":\"ok-service\"},\"spec\":{\"type\":\"service\",\"lifecycle\":\"production\","
            + "\"owner\":\"team-a\"}}";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aValidEntityIsOkWithNoBody() {
        var response = validate("{\"entity\":" + VALID + "," + LOCATION + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void anInvalidEntityIsABadRequestListingItsErrors() {
        var response = validate(
                "{\"entity\":" + VALID.replace(",\"owner\":\"team-a\"", "").replace("ok-service", "not a name") + ","
                        + LOCATION + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json(response).path("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(2);
        assertThat(errors.valueStream().map(error -> error.path("name").asString()))
                .containsOnly("InputError");
        assertThat(errors.valueStream().map(error -> error.path("message").asString()))
                .anySatisfy(message -> assertThat(message).contains("owner"))
                .anySatisfy(message -> assertThat(message).contains("not a name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "no entity | {\"location\":\"url:https://git.example.com/x.yaml\"} | InputError | 'entity' must be",
                "entity not an object | {\"entity\":\"x\",\"location\":\"url:https://git.example.com/x.yaml\"} | InputError | 'entity' must be",
                "no location | {\"entity\":{}} | InputError | 'location' is required",
                "not a location ref | {\"entity\":{},\"location\":\"catalog-info.yaml\"} | TypeError | Unable to parse location ref",
                "not a url location | {\"entity\":{},\"location\":\"file:/tmp/catalog-info.yaml\"} | TypeError | only 'url:<target>' is supported"
            })
    void anIncompleteBodyIsABadRequestInTheSameShape(String why, String body, String name, String message) {
        var response = validate(body);

        assertThat(response.statusCode()).as(why).isEqualTo(400);
        JsonNode error = json(response).path("errors").get(0);
        assertThat(error.path("name").asString()).as(why).isEqualTo(name);
        assertThat(error.path("message").asString()).as(why).contains(message);
    }

    @Test
    void aBodyThatIsNoJsonIsABadRequest() {
        var response = validate("{\"entity\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").path("name").asString()).isEqualTo("InputError");
    }

    private HttpResponse<String> validate(String body) {
        return http.postJson("/api/catalog/validate-entity", body, READER);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
