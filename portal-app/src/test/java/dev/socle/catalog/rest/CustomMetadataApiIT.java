package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Descriptors Backstage accepts are stored and served as written: a name with repeated separators, and
 * {@code metadata} fields of one's own, kept in their order.
 */
@SocleIntegrationTest
class CustomMetadataApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);

    @LocalServerPort
    int port;

    @Test
    void ownMetadataFieldsAreServedAsWrittenInTheirOrder() {
        Http http = new Http(port);
        try (TestGitRepo repo = GitSources.get().newRepository("custom-metadata")) {
            repo.writeFile("catalog-info.yaml", """
                    apiVersion: backstage.io/v1alpha1
                    kind: Component
                    metadata:
                      name: billing--v2
                      custom: kept
                      acme:
                        tier: gold
                        replicas: 3
                      description: Bills
                    spec:
                      type: service
                      lifecycle: production
                      owner: team-a
                    """).commit("Add billing");
            var registered = http.postJson(
                    "/api/catalog/locations",
                    "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repo, "catalog-info.yaml") + "\"}",
                    TOKEN);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String locationId =
                    JSON.readTree(registered.body()).path("location").path("id").asString();

            var served = http.get("/api/catalog/entities/by-name/component/default/billing--v2", TOKEN);

            assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
            JsonNode metadata = JSON.readTree(served.body()).path("metadata");
            assertThat(metadata.path("custom").asString()).isEqualTo("kept");
            assertThat(metadata.path("acme")).isEqualTo(JSON.readTree("{\"tier\":\"gold\",\"replicas\":3}"));
            List<String> fields = new ArrayList<>(metadata.propertyNames());
            assertThat(fields).containsSubsequence("custom", "acme");
            http.delete("/api/catalog/locations/" + locationId, TOKEN);
        }
    }
}
