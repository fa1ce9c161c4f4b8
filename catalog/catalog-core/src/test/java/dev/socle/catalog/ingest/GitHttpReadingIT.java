package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.testkit.TestGitHttpServer;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.plugin.NotAllowedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Fetches over git smart HTTP from a server on 127.0.0.1 that requires a token. */
class GitHttpReadingIT {

    private static final String TOKEN = "tok-7f3a9c1e5b";

    @TempDir
    Path temp;

    TestGitRepo repo;
    TestGitHttpServer server;
    ListAppender<ILoggingEvent> logs;
    Logger root;
    Level rootLevel;

    @BeforeEach
    void startServer() {
        repo = TestGitRepo.create(temp.resolve("repos/orders"));
        repo.writeFile("catalog-info.yaml", "kind: Component\nmetadata: {name: orders}");
        repo.writeFile("docs/catalog-info.yaml", "kind: Resource");
        repo.commit("Initial");
        server = TestGitHttpServer.start(TOKEN, Map.of("orders.git", repo.repository()));

        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopServer() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        server.close();
        repo.close();
    }

    private String target(String path) {
        return server.uri("orders.git") + "?ref=main&path=" + path;
    }

    private TestReadings allowed() {
        return TestReadings.cacheIn(temp.resolve("cache")).hosts("127.0.0.1:" + server.port());
    }

    private static SourceSnapshot read(TestReadings readings, String target) {
        return new SourceReader(readings.build()).read("url", target);
    }

    @Test
    void cloneWithTheRightTokenSucceeds() {
        SourceSnapshot snapshot = read(allowed().insecureHttpToken("127.0.0.1", TOKEN), target("**/catalog-info.yaml"));

        assertThat(snapshot.commitId()).isEqualTo(repo.head(TestGitRepo.MAIN));
        assertThat(snapshot.files())
                .extracting(SourceFile::path)
                .containsExactly("catalog-info.yaml", "docs/catalog-info.yaml");
        assertThatNoLogShowsTheToken();
    }

    @Test
    void withoutATokenTheFetchIsRefusedClearly() {
        assertThatThrownBy(() -> read(allowed(), target("catalog-info.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("127.0.0.1")
                .hasMessageContaining("socle.catalog.reading.host-tokens");
        assertThat(server.requestCount()).isPositive();
    }

    @Test
    void aWrongTokenIsRefusedWithoutShowingAnyToken() {
        String wrong = "tok-wrong-0000";
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> read(allowed().insecureHttpToken("127.0.0.1", wrong), target("catalog-info.yaml")));

        assertThat(thrown)
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("socle.catalog.reading.host-tokens");
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(wrong).doesNotContain(TOKEN);
        }
        assertThat(logLines())
                .noneMatch(line -> line.contains(wrong) || line.contains(base64("x-access-token:" + wrong)));
    }

    @Test
    void aHostTokenIsSentWithItsConfiguredUserNameForBitbucketCloud() {
        SourceSnapshot snapshot = read(
                allowed().token(new CatalogProperties.HostToken("127.0.0.1", TOKEN, "x-token-auth", true)),
                target("catalog-info.yaml"));

        assertThat(snapshot.files()).isNotEmpty();
        assertThat(server.usernames()).isNotEmpty().containsOnly("x-token-auth");
    }

    @Test
    void aGithubFolderUrlReadsTheDescriptorsBelowItAndNotTheFilesBesideThem() {
        repo.writeFile("services/api/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: orders-api
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-a
                  definition:
                    $text: ./openapi.yaml
                """)
                .writeFile("services/api/openapi.yaml", "openapi: 3.0.0\ninfo: {title: Orders}\n")
                .writeFile("services/api/README.md", "# Orders API\n")
                .commit("Add the API");
        String folder = "http://127.0.0.1:" + server.port() + "/git/orders/tree/main/services/api";

        LocationRead read = TestReadings.locationReader(allowed().insecureHttpToken("127.0.0.1", TOKEN), temp)
                .read("url", folder);

        assertThat(read.problems()).isEmpty();
        assertThat(read.failedFiles()).isEmpty();
        IngestedEntity api = read.entities().stream()
                .filter(e -> e.ref().name().equals("orders-api"))
                .findFirst()
                .orElseThrow();
        String files = "http://127.0.0.1:" + server.port() + "/git/orders/blob/main/services/api/";
        assertThat(api.fileLocation()).isEqualTo("url:" + files + "catalog-info.yaml");
        assertThat(api.sourceLocation()).isEqualTo("url:" + files);
        assertThat(api.entity().spec().path("definition").asString()).startsWith("openapi: 3.0.0");
    }

    @Test
    void aTokenIsNeverSentOverPlainHttpUnlessItsEntryAllowsIt() {
        assertThatThrownBy(() -> read(allowed().token("127.0.0.1", TOKEN), target("catalog-info.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("allow-insecure-http=true")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.requestCount()).isZero();
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void hostNotAllowedMeansNoRequestReachesTheServer() {
        TestReadings otherPort =
                TestReadings.cacheIn(temp.resolve("cache")).hosts("127.0.0.1").token("127.0.0.1", TOKEN);

        assertThatThrownBy(() -> read(otherPort, target("catalog-info.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("'127.0.0.1:" + server.port() + "'")
                .hasMessageContaining("socle.catalog.reading.allowed-hosts");
        assertThat(server.requestCount()).isZero();
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void unchangedSecondReadOverHttpFetchesNoObjects() throws IOException {
        TestReadings readings = allowed().insecureHttpToken("127.0.0.1", TOKEN);
        SourceReader reader = new SourceReader(readings.build());
        SourceSnapshot first = reader.read("url", target("catalog-info.yaml"));
        GitTarget parsed = (GitTarget) LocationTargetParser.parse("url", target("catalog-info.yaml"));
        Path cache = new GitCache(readings.build()).directoryFor(parsed.repository());
        List<String> before = CacheContents.objectFiles(cache);
        int uploadsBefore = server.uploadCount();

        SourceSnapshot second = reader.read("url", target("catalog-info.yaml"));

        assertThat(uploadsBefore).isEqualTo(1);
        assertThat(server.uploadCount())
                .as("object transfers after an unchanged read")
                .isEqualTo(uploadsBefore);
        assertThat(second.commitId()).isEqualTo(first.commitId());
        assertThat(CacheContents.objectFiles(cache)).isEqualTo(before);
    }

    private void assertThatNoLogShowsTheToken() {
        assertThat(logLines())
                .isNotEmpty()
                .noneMatch(line -> line.contains(TOKEN) || line.contains(base64("x-access-token:" + TOKEN)));
    }

    private List<String> logLines() {
        return logs.list.stream()
                .map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
                .toList();
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
