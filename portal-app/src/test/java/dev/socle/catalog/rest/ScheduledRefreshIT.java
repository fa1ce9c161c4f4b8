package dev.socle.catalog.rest;

import static dev.socle.testing.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A registered location is read again on the configured schedule, without anybody asking. */
@SocleIntegrationTest
@TestPropertySource(properties = {"socle.catalog.refresh.interval=1s", "socle.catalog.refresh.poll-interval=200ms"})
class ScheduledRefreshIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TOKEN = bearer(TestIdentities.SERVICE_TOKEN);

    @LocalServerPort
    int port;

    @Test
    void aCommitIsPickedUpByTheNextScheduledReadAndRecordedAsSuch() {
        Http http = new Http(port);
        try (TestGitRepo repo = GitSources.get().fixture("acme")) {
            var registered = http.postJson(
                    "/api/catalog/locations",
                    "{\"type\":\"url\",\"target\":\"" + GitSources.get().blobUrl(repo, "catalog-info.yaml") + "\"}",
                    TOKEN);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

            String commit = repo.writeFile("catalog-info.yaml", GitSourcesText.acmeWithLedgerLifecycle("production"))
                    .commit("Ledger goes to production");

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    ledger(http).path("spec").path("lifecycle").asString())
                            .isEqualTo("production"));
            JsonNode latest = JSON.readTree(
                            http.get("/api/catalog/entities/by-name/component/default/ledger/history", TOKEN)
                                    .body())
                    .path("items")
                    .get(0);
            assertThat(latest.path("change").asString()).isEqualTo("updated");
            assertThat(latest.path("trigger").asString()).isEqualTo("scheduled-refresh");
            assertThat(latest.path("sourceCommit").asString()).isEqualTo(commit);
            http.delete(
                    "/api/catalog/locations/"
                            + JSON.readTree(registered.body())
                                    .path("location")
                                    .path("id")
                                    .asString(),
                    TOKEN);
        }
    }

    private static JsonNode ledger(Http http) {
        return JSON.readTree(http.get("/api/catalog/entities/by-name/component/default/ledger", TOKEN)
                .body());
    }
}
