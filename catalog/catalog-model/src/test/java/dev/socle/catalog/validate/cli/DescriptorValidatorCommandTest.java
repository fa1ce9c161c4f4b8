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
        return new DescriptorValidatorCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
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
        assertThat(out())
                .contains(file + ":4:1: spec.owner is required for kind API")
                .contains(file + ":9:1: apiVersion is required")
                .contains(file + ":9:1: metadata is required")
                .contains("Checked 1 file, 0 valid entities: 3 problems.");
    }

    /** A git working tree (a {@code .git} entry is all the validator looks for) with an API under svc/a. */
    private Path repositoryWithSharedDefinition(String definition) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("apis"));
        Files.writeString(repo.resolve("apis/openapi.yaml"), "openapi: 3.0.0\n");
        Path descriptor = Files.createDirectories(repo.resolve("svc/a")).resolve("catalog-info.yaml");
        Files.writeString(descriptor, VALID.replace("./openapi.yaml", definition));
        return descriptor;
    }

    @Test
    void placeholdersMayReachAnywhereInTheGitRepositoryLikeOnTheServer() throws IOException {
        Path descriptor = repositoryWithSharedDefinition("../../apis/openapi.yaml");
        assertThat(run(descriptor.toString())).isZero();
        assertThat(out()).contains("Checked 1 file, 1 valid entity: no problems.");
        out.reset();
        assertThat(run(descriptor.getParent().toString())).isZero();
    }

    @Test
    void placeholdersCannotLeaveTheGitRepository() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "do not read");
        Path descriptor = repositoryWithSharedDefinition("../../../secret.txt");
        assertThat(run(descriptor.toString())).isEqualTo(1);
        assertThat(out()).contains(descriptor + ":8:16: $text at spec.definition leaves the location's root");
    }

    @Test
    void withoutGitTheDirectoryArgumentIsTheRootAndANamedFileIsItsOwnRoot() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("team/orders"));
        Path descriptor = nested.resolve("catalog-info.yaml");
        Files.writeString(descriptor, VALID.replace("./openapi.yaml", "../../openapi.yaml"));
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.0\n");
        assertThat(run(dir.toString())).isZero();
        out.reset();
        assertThat(run(descriptor.toString())).isEqualTo(1);
        assertThat(out()).contains(descriptor + ":8:16: $text at spec.definition leaves the location's root");
    }

    @Test
    void rootOptionNamesTheRootExplicitly() throws IOException {
        Path descriptor = repositoryWithSharedDefinition("../../apis/openapi.yaml");
        assertThat(run("--root", dir.resolve("repo/svc").toString(), descriptor.toString()))
                .isEqualTo(1);
        assertThat(out()).contains("leaves the location's root");
        out.reset();
        assertThat(run("--root", dir.resolve("repo").toString(), descriptor.toString()))
                .isZero();
        assertThat(run("--root", dir.resolve("repo/apis").toString(), descriptor.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is outside the root");
        assertThat(run("--root", dir.resolve("nowhere").toString(), descriptor.toString()))
                .isEqualTo(2);
    }

    @Test
    void symbolicLinksAreNeverFollowedLikeOnTheServer() throws IOException {
        Path descriptor = repositoryWithSharedDefinition("./linked.yaml");
        Files.createSymbolicLink(descriptor.resolveSibling("linked.yaml"), Path.of("../../apis/openapi.yaml"));
        assertThat(run(descriptor.toString())).isEqualTo(1);
        assertThat(out())
                .contains(
                        descriptor + ":8:16: $text at spec.definition: File svc/a/linked.yaml is or "
                                + "passes through a symbolic link, which Socle never follows; reference the target file itself.");
    }

    @Test
    void locationTargetsAreFollowedAndThoseThatCannotBeAreProblemsAtTheTarget() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path root = repo.resolve("catalog-info.yaml");
        Files.writeString(root, """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: acme}
                spec:
                  targets:
                    - ./teams/teams.yaml
                    - ./missing.yaml
                    - ../outside.yaml
                    - https://github.com/acme/other/blob/main/catalog-info.yaml
                """);
        Files.createDirectories(repo.resolve("teams"));
        Files.writeString(repo.resolve("teams/teams.yaml"), """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: team-a}
                spec: {type: team}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: teams}
                spec: {target: ../catalog-info.yaml}
                """);
        assertThat(run(root.toString())).isEqualTo(1);
        assertThat(out().lines().toList())
                .containsExactly(
                        root + ":7:7: Location location:default/acme targets './missing.yaml', which does not exist in "
                                + "this source; fix the path or remove the target.",
                        root + ":8:7: Location location:default/acme targets '../outside.yaml': Reference "
                                + "'../outside.yaml' in catalog-info.yaml leads outside the location's root; reference only "
                                + "files inside the same repository or folder. Register other repositories as their own "
                                + "locations.",
                        root + ":9:7: Location location:default/acme targets "
                                + "'https://github.com/acme/other/blob/main/catalog-info.yaml': Reference "
                                + "'https://github.com/acme/other/blob/main/catalog-info.yaml' in catalog-info.yaml is a URL, "
                                + "but only files of the same location can be referenced; write a relative path like "
                                + "./openapi.yaml. Register other repositories as their own locations.",
                        repo.resolve("teams/teams.yaml") + ":4:1: spec.children is required for kind Group: list the "
                                + "child groups, e.g. children: [], when there are none.",
                        "Checked 2 files, 2 valid entities: 4 problems.");
    }

    @Test
    void aMissingTextFileIsNamedRelativeToTheRootNotByTheMachinesPath() throws IOException {
        Path descriptor = repositoryWithSharedDefinition("./missing.yaml");
        assertThat(run(descriptor.toString())).isEqualTo(1);
        assertThat(out())
                .contains("File svc/a/missing.yaml does not exist in this location")
                .doesNotContain("does not exist under");
        assertThat(out().replace(descriptor.toString(), "")).doesNotContain(dir.toString());
    }

    @Test
    void warningsArePrintedButDoNotFailTheCheck() throws IOException {
        Files.writeString(dir.resolve("openapi.yaml"), "openapi: 3.0.0\n");
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, VALID + "---\n" + VALID.replace("lifecycle: production", "lifecycle: deprecated"));
        assertThat(run(file.toString())).isZero();
        assertThat(out())
                .contains(file + ":12:12: warning: Entity api:default/orders-api is defined twice")
                .contains("Checked 1 file, 1 valid entity: no problems, 1 warning.");
    }

    @Test
    void aPlaceholderUrlIsAcceptedWithAWarningWithoutBeingFetched() throws IOException {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(
                file, VALID.replace("{$text: ./openapi.yaml}", "{$text: 'https://127.0.0.1:9/nothing/openapi.yaml'}"));
        assertThat(run(file.toString())).isZero();
        assertThat(out())
                .contains(file + ":8:16: warning: $text at spec.definition names"
                        + " https://127.0.0.1:9/nothing/openapi.yaml, which is not fetched by the validator; the"
                        + " server reads it through its allowed hosts.")
                .contains("Checked 1 file, 1 valid entity: no problems, 1 warning.");
    }

    @Test
    void aLocationOfAnotherTypeThanTheRegistrationIsNotFollowed() throws IOException {
        Files.createDirectories(dir.resolve("svc"));
        Files.writeString(dir.resolve("svc/catalog-info.yaml"), "kind: broken\n");
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, """
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata: {name: all}
                spec:
                  type: file
                  targets: [./svc/catalog-info.yaml]
                """);
        assertThat(run(file.toString())).isZero();
        assertThat(out())
                .contains(file + ":5:3: warning: Location location:default/all has spec.type 'file'")
                .contains("Checked 1 file, 1 valid entity: no problems, 1 warning.");
        out.reset();
        assertThat(run("--location-type", "file", file.toString())).isEqualTo(1);
        assertThat(out()).contains("Checked 2 files");
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
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("No such file or directory")
                .contains("Usage:");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage:");
    }
}
