package dev.socle.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.impl.driver.Driver;
import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.testing.GitSources;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Backstage's own TypeScript client, {@code @backstage/catalog-client}, drives Socle's catalog API unchanged: the
 * script in {@code src/test/node/backstage-catalog-client} analyses repositories, registers a git location, reads,
 * pages, facets, refreshes, validates and deletes through it, with a token holding the CATALOG_EDITOR role. It runs on the Node runtime that Playwright ships, so no Node.js install is
 * needed.
 */
@SocleIntegrationTest
class BackstageCatalogClientIT {

    @LocalServerPort
    int port;

    @Test
    void backstagesCatalogClientWorksUnchangedAgainstSocle() throws IOException, InterruptedException {
        TestGitRepo acme = GitSources.get().fixture("acme");
        TestGitRepo bare = GitSources.get().newRepository("bare");
        bare.writeFile("README.md", "No catalog-info.yaml here.\n").commit("Start without a descriptor");
        Path script =
                Path.of("src/test/node/backstage-catalog-client/check.mjs").toAbsolutePath();
        Path node = Driver.ensureDriverInstalled(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), false)
                .driverDir()
                .resolve("node");

        var process = new ProcessBuilder(node.toString(), script.toString())
                .directory(script.getParent().toFile())
                .redirectErrorStream(true);
        process.environment().put("SOCLE_URL", "http://127.0.0.1:" + port);
        process.environment().put("SOCLE_TOKEN", TestIdentities.SERVICE_TOKEN);
        process.environment().put("LOCATION_TARGET", GitSources.get().blobUrl(acme, "catalog-info.yaml"));
        process.environment().put("REPOSITORY_URL", GitSources.get().repositoryUrl(acme));
        process.environment().put("BARE_REPOSITORY_URL", GitSources.get().repositoryUrl(bare));
        Process running = process.start();
        boolean finished = running.waitFor(120, TimeUnit.SECONDS);
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "backstage-catalog-client.log"), output);
        System.out.println(output);

        assertThat(finished).as("the client script finished").isTrue();
        assertThat(output).contains(" passed, 0 failed").doesNotContain("not ok");
        assertThat(running.exitValue()).isZero();
    }
}
