package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.OrderField;
import dev.socle.catalog.testkit.TestEntities;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.RegisteredLocations;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading entities the way Backstage's catalog-backend answers: by refs with a filter (non-matching entities are
 * {@code null} in their place), the legacy list (every match without a limit, pages linked by {@code Link} headers
 * with one), the paged query, and entities by uid.
 */
@SocleIntegrationTest
class EntitiesApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);
    private static final String PAGED = "/api/catalog/entities?filter=kind=component,metadata.tags=offset-paging"
            + "&order=asc:metadata.name&fields=metadata.name";

    @LocalServerPort
    int port;

    @Autowired
    CatalogQueries queries;

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
    void byRefsWithAFilterAnswersNullForEntitiesThatDoNotMatchInRequestOrder() {
        register(GitSources.get().fixture("acme"));
        String refs = "{\"entityRefs\":[\"component:default/web\",\"component:default/payments\","
                + "\"component:default/missing\",\"group:default/team-a\",\"Component:default/Ledger\"]}";

        var services =
                http.postJson("/api/catalog/entities/by-refs?filter=kind=component,spec.type=service", refs, TOKEN);

        assertThat(services.statusCode()).as(services.body()).isEqualTo(200);
        assertThat(names(json(services).path("items"))).containsExactly(null, "payments", null, null, "ledger");
    }

    @Test
    void byRefsFilterAlternativesWidenTheMatchAndFieldsComeFromTheQueryAndTheBody() {
        register(GitSources.get().fixture("acme"));
        String refs = "{\"entityRefs\":[\"component:default/web\",\"component:default/payments\","
                + "\"group:default/team-a\",\"component:default/ledger\"],\"fields\":[\"metadata.name\"]}";

        var found = http.postJson(
                "/api/catalog/entities/by-refs?filter=kind=group&filter=METADATA.TAGS=Java" + "&fields=kind",
                refs,
                TOKEN);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode items = json(found).path("items");
        assertThat(names(items)).containsExactly(null, "payments", "team-a", null);
        assertThat(items.get(1).propertyNames()).containsExactlyInAnyOrder("kind", "metadata");
        assertThat(items.get(1).path("kind").asString()).isEqualTo("Component");
    }

    @Test
    void aMalformedByRefsFilterIsAnInputError() {
        var response = http.postJson(
                "/api/catalog/entities/by-refs?filter=kind=", "{\"entityRefs\":[\"component:default/web\"]}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").path("name").asString()).isEqualTo("InputError");
        assertThat(json(response).path("error").path("message").asString()).contains("'kind'");
    }

    @Test
    void limitAndOffsetPageThroughTheMatchesInOrderWithoutOverlap() {
        List<String> names =
                List.of("offset-e", "offset-b", "offset-g", "offset-a", "offset-f", "offset-c", "offset-d");
        TestGitRepo repo = GitSources.get().newRepository("offset");
        repo.writeFile(
                        "catalog-info.yaml",
                        String.join(
                                "---\n",
                                names.stream().map(EntitiesApiIT::component).toList()))
                .commit("Seven components");
        register(repo);
        List<String> expected = names.stream().sorted().toList();

        List<String> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int offset = 0; offset <= names.size(); offset += 3) {
            var page = http.get(PAGED + "&limit=3&offset=" + offset, TOKEN);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(json(page).isArray())
                    .as("the legacy list is a plain array")
                    .isTrue();
            sizes.add(json(page).size());
            paged.addAll(names(json(page)));
        }

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(paged).isEqualTo(expected).doesNotHaveDuplicates();
        assertThat(names(json(http.get(PAGED, TOKEN)))).isEqualTo(expected);
        assertThat(names(json(http.get(PAGED + "&offset=5", TOKEN)))).containsExactly("offset-f", "offset-g");
        assertThat(json(http.get(PAGED + "&limit=3&offset=7", TOKEN))).isEmpty();

        JsonNode byQuery = json(http.get(
                "/api/catalog/entities/by-query?filter=kind=component,metadata.tags="
                        + "offset-paging&orderField=metadata.name,asc&limit=3&offset=3",
                TOKEN));
        assertThat(names(byQuery.path("items")))
                .as("queryEntities' offset, as Backstage's client sends it")
                .containsExactly("offset-d", "offset-e", "offset-f");
        assertThat(byQuery.path("totalItems").asLong()).isEqualTo(7);
    }

    @Test
    void aBadOffsetIsAnInputErrorInBackstagesShape() {
        Map<String, String> messages = Map.of(
                "offset=-1", "offset must be zero or more but is -1",
                "offset=ten", "offset 'ten' is not a whole number",
                "offset=2&after=some-cursor", "offset 2 cannot be combined with a cursor",
                "limit=0", "limit must be 1 or more but is 0",
                "after=not-a-cursor", "is malformed");

        messages.forEach((query, message) -> {
            var response = http.get("/api/catalog/entities?" + query, TOKEN);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            JsonNode body = json(response);
            assertThat(body.path("error").path("name").asString()).as(query).isEqualTo("InputError");
            assertThat(body.path("error").path("message").asString()).as(query).contains(message);
            assertThat(body.path("request").path("method").asString()).isEqualTo("GET");
            assertThat(body.path("request").path("url").asString()).isEqualTo("/api/catalog/entities?" + query);
            assertThat(body.path("response").path("statusCode").asInt()).isEqualTo(400);
        });
    }

    @Test
    void withoutALimitTheLegacyListAnswersEveryMatchAcrossInternalBatches() {
        List<String> expected = registerComponents("many", EntityWalk.BATCH + 44);

        var all =
                http.get("/api/catalog/entities?filter=kind=component,metadata.tags=many&fields=metadata.name", TOKEN);

        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.headers().firstValue("Link")).as("no next page").isEmpty();
        assertThat(names(json(all))).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names(json(http.get(
                        "/api/catalog/entities?filter=metadata.tags=many&order=asc:metadata.name" + "&offset="
                                + (expected.size() - 3) + "&fields=metadata.name",
                        TOKEN))))
                .as("an offset without a limit answers the rest")
                .isEqualTo(expected.subList(expected.size() - 3, expected.size()));
    }

    @Test
    void skippingFurtherThanOneQueryMayReachGoesInStepsAndLandsExactly() {
        List<String> expected = registerComponents("steps", 40);
        EntityWalk walk = new EntityWalk(queries, 7);
        EntityWalk.Position start = EntityWalk.Position.first(
                EntityFilter.parse(List.of("metadata.tags=steps")), List.of(OrderField.asc("metadata.name")));

        for (int skip : List.of(1, 6, 7, 8, 22, 39)) {
            EntityWalk.Position landed = walk.skip(start, skip).orElseThrow();
            assertThat(walk.page(landed, 3).items().stream()
                            .map(entity -> entity.ref().name()))
                    .as("after skipping " + skip)
                    .containsExactlyElementsOf(expected.subList(skip, Math.min(skip + 3, expected.size())));
        }
        assertThat(walk.skip(start, 40)).as("nothing follows the last match").isEmpty();
        assertThat(walk.skip(start, 41)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {70, EntityWalk.BATCH + 20})
    void aLimitedLegacyListLinksPageToPageUntilEveryMatchWasVisitedOnce(int limit) {
        List<String> expected = registerComponents("linked", EntityWalk.BATCH + 44);

        List<String> visited = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/api/catalog/entities?filter=kind=component,metadata.tags=linked&order=asc:metadata.name"
                + "&fields=metadata.name&limit=" + limit;
        while (next != null) {
            var page = http.get(next, TOKEN);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            sizes.add(json(page).size());
            visited.addAll(names(json(page)));
            next = page.headers()
                    .firstValue("Link")
                    .map(EntitiesApiIT::nextPage)
                    .orElse(null);
            assertThat(next == null || next.contains("limit=" + limit)).as(next).isTrue();
        }

        assertThat(visited).isEqualTo(expected).doesNotHaveDuplicates();
        assertThat(sizes.getFirst()).isEqualTo(limit);
        assertThat(sizes).hasSize((expected.size() + limit - 1) / limit);
    }

    @Test
    void byQueryPagesByBackstagesDefaultOf200AndLimitZeroOnlyCounts() {
        List<String> expected = registerComponents("counted", 230);
        String query = "/api/catalog/entities/by-query?filter=kind=component,metadata.tags=counted";

        JsonNode first = json(http.get(query + "&fields=metadata.name", TOKEN));
        JsonNode count = json(http.get(query + "&limit=0", TOKEN));

        assertThat(first.path("items")).hasSize(200);
        assertThat(first.path("totalItems").asLong()).isEqualTo(expected.size());
        assertThat(first.path("pageInfo").path("nextCursor").isString()).isTrue();
        assertThat(count.path("items")).isEmpty();
        assertThat(count.path("totalItems").asLong()).isEqualTo(expected.size());
        assertThat(count.path("pageInfo").isObject()).isTrue();
        assertThat(count.path("pageInfo").isEmpty())
                .as("no cursors when only counting")
                .isTrue();
    }

    @Test
    void byQueryKeepsOnlyTheRequestedFields() {
        register(GitSources.get().fixture("acme"));

        JsonNode page = json(http.get(
                "/api/catalog/entities/by-query?filter=kind=component&fields=kind"
                        + "&fields=metadata.name,spec.type&orderField=metadata.name,asc",
                TOKEN));

        assertThat(names(page.path("items"))).containsExactly("ledger", "payments", "web");
        JsonNode ledger = page.path("items").get(0);
        assertThat(ledger.propertyNames()).containsExactlyInAnyOrder("kind", "metadata", "spec");
        assertThat(ledger.path("metadata").propertyNames()).containsExactly("name");
        assertThat(ledger.path("spec").propertyNames()).containsExactly("type");
    }

    @Test
    void anEntityIsReadByItsUidAndAnUnknownUidIsNotFound() {
        register(GitSources.get().fixture("acme"));
        String uid = json(http.get("/api/catalog/entities/by-name/component/default/payments", TOKEN))
                .path("metadata")
                .path("uid")
                .asString();

        var found = http.get("/api/catalog/entities/by-uid/" + uid, TOKEN);
        var missing = http.get("/api/catalog/entities/by-uid/00000000-0000-0000-0000-000000000000", TOKEN);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found).path("metadata").path("name").asString()).isEqualTo("payments");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("error").path("name").asString()).isEqualTo("NotFoundError");
        assertThat(json(missing).path("error").path("message").asString())
                .isEqualTo("No entity with uid 00000000-0000-0000-0000-000000000000");
    }

    @Test
    void deletingAnUnknownUidIsNoContentAsInBackstage() {
        var response = http.delete("/api/catalog/entities/by-uid/00000000-0000-0000-0000-000000000000", TOKEN);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(http.delete("/api/catalog/entities/by-uid/not-a-uid", TOKEN).statusCode())
                .isEqualTo(204);
    }

    /** Registers a repository of {@code count} components tagged {@code tag}; answers their names, sorted. */
    private List<String> registerComponents(String tag, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("%s-%04d".formatted(tag, i));
        }
        TestGitRepo repo = GitSources.get().newRepository(tag);
        repo.writeFile(
                        "catalog-info.yaml",
                        String.join(
                                "---\n",
                                names.stream()
                                        .map(name -> component(name).replace("offset-paging", tag))
                                        .toList()))
                .commit(count + " components");
        register(repo);
        return names.stream().sorted().toList();
    }

    /** The path and query of a {@code Link: <...>; rel="next"} header. */
    private static String nextPage(String link) {
        assertThat(link)
                .endsWith("; rel=\"next\"")
                .startsWith("</api/catalog/entities?")
                .contains("after=")
                .doesNotContain("offset=");
        return link.substring(1, link.indexOf('>'));
    }

    private void register(TestGitRepo repo) {
        locations.register(locations.keep(repo), "catalog-info.yaml");
    }

    private static String component(String name) {
        return TestEntities.component(name).tags("offset-paging").yaml();
    }

    private static List<@Nullable String> names(JsonNode items) {
        List<@Nullable String> names = new ArrayList<>();
        items.forEach(item -> names.add(
                item.isNull() ? null : item.path("metadata").path("name").asString()));
        return names;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
