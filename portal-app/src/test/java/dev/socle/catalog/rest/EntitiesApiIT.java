package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading entities the way Backstage's catalog-backend answers: by refs with a filter (non-matching entities are
 * {@code null} in their place) and the legacy list paged by limit and offset.
 */
@SocleIntegrationTest
class EntitiesApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);
    private static final String PAGED = "/api/catalog/entities?filter=kind=component,metadata.tags=offset-paging"
            + "&order=asc:metadata.name&fields=metadata.name";

    @LocalServerPort
    int port;
    Http http;
    final List<TestGitRepo> repos = new ArrayList<>();
    final List<String> locationIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void unregister() {
        locationIds.forEach(id -> http.delete("/api/catalog/locations/" + id, TOKEN));
        repos.forEach(TestGitRepo::close);
    }

    @Test
    void byRefsWithAFilterAnswersNullForEntitiesThatDoNotMatchInRequestOrder() {
        register(GitSources.get().fixture("acme"));
        String refs = "{\"entityRefs\":[\"component:default/web\",\"component:default/payments\","
                + "\"component:default/missing\",\"group:default/team-a\",\"Component:default/Ledger\"]}";

        var services = http.postJson("/api/catalog/entities/by-refs?filter=kind=component,spec.type=service", refs,
                TOKEN);

        assertThat(services.statusCode()).as(services.body()).isEqualTo(200);
        assertThat(names(json(services).path("items"))).containsExactly(null, "payments", null, null, "ledger");
    }

    @Test
    void byRefsFilterAlternativesWidenTheMatchAndFieldsComeFromTheQueryAndTheBody() {
        register(GitSources.get().fixture("acme"));
        String refs = "{\"entityRefs\":[\"component:default/web\",\"component:default/payments\","
                + "\"group:default/team-a\",\"component:default/ledger\"],\"fields\":[\"metadata.name\"]}";

        var found = http.postJson("/api/catalog/entities/by-refs?filter=kind=group&filter=METADATA.TAGS=Java"
                + "&fields=kind", refs, TOKEN);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode items = json(found).path("items");
        assertThat(names(items)).containsExactly(null, "payments", "team-a", null);
        assertThat(items.get(1).propertyNames()).containsExactlyInAnyOrder("kind", "metadata");
        assertThat(items.get(1).path("kind").asString()).isEqualTo("Component");
    }

    @Test
    void aMalformedByRefsFilterIsAnInputError() {
        var response = http.postJson("/api/catalog/entities/by-refs?filter=kind=",
                "{\"entityRefs\":[\"component:default/web\"]}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").path("name").asString()).isEqualTo("InputError");
        assertThat(json(response).path("error").path("message").asString()).contains("'kind'");
    }

    @Test
    void limitAndOffsetPageThroughTheMatchesInOrderWithoutOverlap() {
        List<String> names = List.of("offset-e", "offset-b", "offset-g", "offset-a", "offset-f", "offset-c",
                "offset-d");
        TestGitRepo repo = GitSources.get().newRepository("offset");
        repo.writeFile("catalog-info.yaml", String.join("---\n", names.stream().map(EntitiesApiIT::component)
                .toList())).commit("Seven components");
        register(repo);
        List<String> expected = names.stream().sorted().toList();

        List<String> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int offset = 0; offset <= names.size(); offset += 3) {
            var page = http.get(PAGED + "&limit=3&offset=" + offset, TOKEN);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(json(page).isArray()).as("the legacy list is a plain array").isTrue();
            sizes.add(json(page).size());
            paged.addAll(names(json(page)));
        }

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(paged).isEqualTo(expected).doesNotHaveDuplicates();
        assertThat(names(json(http.get(PAGED, TOKEN)))).isEqualTo(expected);
        assertThat(names(json(http.get(PAGED + "&offset=5", TOKEN)))).containsExactly("offset-f", "offset-g");
        assertThat(json(http.get(PAGED + "&limit=3&offset=7", TOKEN))).isEmpty();

        JsonNode byQuery = json(http.get("/api/catalog/entities/by-query?filter=kind=component,metadata.tags="
                + "offset-paging&orderField=metadata.name,asc&limit=3&offset=3", TOKEN));
        assertThat(names(byQuery.path("items"))).as("queryEntities' offset, as Backstage's client sends it")
                .containsExactly("offset-d", "offset-e", "offset-f");
        assertThat(byQuery.path("totalItems").asLong()).isEqualTo(7);
    }

    @Test
    void aBadOffsetIsAnInputErrorInBackstagesShape() {
        Map<String, String> messages = Map.of(
                "offset=-1", "offset must be zero or more but is -1",
                "offset=ten", "offset 'ten' is not a whole number",
                "offset=2&after=some-cursor", "offset 2 cannot be combined with a cursor",
                "limit=10&offset=99995", "offset + limit must be at most 100000");

        messages.forEach((query, message) -> {
            var response = http.get("/api/catalog/entities?" + query, TOKEN);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/json"));
            JsonNode body = json(response);
            assertThat(body.path("error").path("name").asString()).as(query).isEqualTo("InputError");
            assertThat(body.path("error").path("message").asString()).as(query).contains(message);
            assertThat(body.path("request").path("method").asString()).isEqualTo("GET");
            assertThat(body.path("request").path("url").asString()).isEqualTo("/api/catalog/entities?" + query);
            assertThat(body.path("response").path("statusCode").asInt()).isEqualTo(400);
        });
    }

    private void register(TestGitRepo repo) {
        repos.add(repo);
        var response = http.postJson("/api/catalog/locations",
                "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repo, "catalog-info.yaml") + "\"}", TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        locationIds.add(json(response).path("location").path("id").asString());
    }

    private static String component(String name) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: %s
                  tags: [offset-paging]
                spec:
                  type: service
                  lifecycle: production
                  owner: team-a
                """.formatted(name);
    }

    private static List<@Nullable String> names(JsonNode items) {
        List<@Nullable String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.isNull() ? null : item.path("metadata").path("name").asString()));
        return names;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
