package dev.socle.shell.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API refuses what would exhaust Socle before it reads it: bodies above {@code socle.api.max-request-body}
 * (8 MB) with 413, too many refs and too deep JSON with 400, whoever asks, here a token without roles.
 */
@SocleIntegrationTest
class RequestLimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] READER = bearer(TestIdentities.READER_TOKEN);
    private static final long LIMIT = 8L * 1024 * 1024;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413WithoutBeingSent() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/catalog/entities/by-refs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Authorization: Bearer " + TestIdentities.READER_TOKEN + "\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + (96L * 1024 * 1024)
                            + "\r\n\r\n{\"entityRefs\":[")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 413");
            JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.path("type").asString()).isEqualTo("/docs/problems/request-too-large");
            assertThat(problem.path("detail").asString()).contains(String.valueOf(LIMIT), "socle.api.max-request-body");
            assertThat(problem.path("response").path("statusCode").asInt()).isEqualTo(413);
        }
    }

    /** The status line, headers and the body of Content-Length bytes: the server need not close the connection. */
    private static String readResponse(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        int length = head.toString()
                .lines()
                .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .mapToInt(line ->
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Content-Length in " + head));
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Test
    void aStreamedBodyWithoutLengthIsRefusedWith413OnceItPassesTheLimit() throws Exception {
        InputStream body = new SequenceInputStream(
                new ByteArrayInputStream("{\"entity\":{\"apiVersion\":\"backstage.io/v1alpha1\",\"x\":\"".getBytes()),
                new InputStream() {
                    long left = LIMIT + 64 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }
                });
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/catalog/validate-entity"))
                .header("Authorization", "Bearer " + TestIdentities.READER_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();

        HttpResponse<String> response;
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("type").asString())
                .isEqualTo("/docs/problems/request-too-large");
    }

    @Test
    void moreRefsThanOneCallTakesAreABadRequest() {
        String refs = IntStream.range(0, 10_001)
                .mapToObj(i -> "\"component:default/c" + i + "\"")
                .collect(Collectors.joining(","));

        var response = http.postJson("/api/catalog/entities/by-refs", "{\"entityRefs\":[" + refs + "]}", READER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asString())
                .contains("10001", "at most 10000");
    }

    @Test
    void jsonNestedDeeperThanTheReaderAllowsIsABadRequestNamingTheLimit() {
        String deep = "{\"entity\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)
                + ",\"location\":\"url:https://git.example.com/o/r/blob/main/catalog-info.yaml\"}";

        var response = http.postJson("/api/catalog/validate-entity", deep, READER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("/docs/problems/invalid-input");
        assertThat(problem.path("detail").asString()).contains("nested at most 500 levels");
        assertThat(problem.path("error").path("name").asString()).isEqualTo("InputError");
    }

    @Test
    void refreshWithoutABodyIsABadRequestNamingTheEntityRef() {
        var response = http.post("/api/catalog/refresh", "", READER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("error").path("name").asString()).isEqualTo("InputError");
        assertThat(problem.path("error").path("message").asString()).contains("entityRef");
    }

    @Test
    void aMissingBodyIsABadRequestThatSaysSoWithoutNamingSocleInternals() {
        var response = http.postJson("/api/catalog/validate-entity", "", READER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("detail").asString())
                .isEqualTo("The request has no body. Send a JSON object with Content-Type: application/json.");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundForAnonymousCallers() {
        var response = http.get("/error");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("/docs/problems/not-found");
    }
}
