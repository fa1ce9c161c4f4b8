package dev.socle.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.Http;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CI job downloads the command-line validator from the server with its token and runs it: the jar is
 * self-contained and reports problems as {@code file:line:column: message} with exit status 1.
 */
@SocleIntegrationTest
class ValidatorDownloadIT {

    @LocalServerPort
    int port;

    @TempDir
    Path work;

    @Test
    void theValidatorIsDownloadedWithATokenAndRunsOnItsOwn() throws IOException, InterruptedException {
        HttpResponse<Path> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/tools/catalog-validator.jar"))
                                .header("Authorization", "Bearer " + TestIdentities.SERVICE_TOKEN)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(work.resolve("socle-catalog-validator.jar")));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/java-archive");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains("socle-catalog-validator.jar"));
        try (JarFile jar = new JarFile(download.body().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.socle.catalog.validate.cli.ValidatorLauncher");
        }

        Path descriptor = Files.writeString(work.resolve("catalog-info.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: service
                  lifecycle: production
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process validator = new ProcessBuilder(
                        java.toString(), "-jar", download.body().toString(), descriptor.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(validator.waitFor()).as(output).isEqualTo(1);
        assertThat(output.lines())
                .containsExactly(
                        descriptor + ":5:1: spec.owner is required for kind Component: name the owning group, "
                                + "e.g. owner: team-a.",
                        "Checked 1 file, 0 valid entities: 1 problem.");
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(new Http(port).get("/api/tools/catalog-validator.jar").statusCode())
                .isEqualTo(401);
    }
}
