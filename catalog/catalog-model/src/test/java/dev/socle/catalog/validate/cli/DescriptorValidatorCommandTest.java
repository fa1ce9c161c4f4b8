package dev.socle.catalog.validate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorValidatorCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new DescriptorValidatorCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String VALID = """
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata: {name: orders-api}
            spec:
              type: openapi
              lifecycle: production
              owner: team-a
              definition: {$text: ./openapi.yaml}
            """;

    @Test
    void cleanDirectoryExitsZeroAndSkipsNonDescriptorYaml() throws IOException {
        Files.writeString(dir.resolve("catalog-info.yaml"), VALID);
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.0\ninfo: {title: Orders}\n");
        assertThat(run(dir.toString())).isZero();
        assertThat(out()).contains("Checked 1 file, 1 valid entity: no problems.");
    }

    @Test
    void problemsArePrintedAsFileLineColumnAndExitOne() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.0\n");
        Files.writeString(file, VALID.replace("  owner: team-a\n", "") + "---\n" + "kind: Widget\n");
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out()).contains(file + ":4:1: spec.owner is required for kind API")
                .contains(file + ":9:1: apiVersion is required")
                .contains(file + ":9:1: metadata is required")
                .contains("Checked 1 file, 0 valid entities: 3 problems.");
    }

    @Test
    void placeholdersResolveAgainstEachFilesDirectoryAndCannotEscapeIt() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("team/orders"));
        Files.writeString(nested.resolve("catalog-info.yaml"), VALID.replace("./openapi.yaml", "../../secret.txt"));
        Files.writeString(dir.resolve("secret.txt"), "do not read");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out()).contains("catalog-info.yaml:8:16: $text at spec.definition leaves the location's root");
    }

    @Test
    void allowKindOptionAcceptsCustomKinds() throws IOException {
        Path file = dir.resolve("workflow.yaml");
        Files.writeString(file, "apiVersion: acme.com/v1\nkind: Workflow\nmetadata: {name: nightly}\n");
        assertThat(run(file.toString())).isEqualTo(1);
        out.reset();
        assertThat(run("--allow-kind", "Workflow=acme.com/*", file.toString())).isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--frobnicate", "x")).isEqualTo(2);
        assertThat(run("--allow-kind")).isEqualTo(2);
        assertThat(run(dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file or directory").contains("Usage:");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage:");
    }
}
