package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a repository made by the git command line, not by JGit. */
class GitCliRepositoryIT {

    @TempDir
    Path temp;

    Path home;
    Path repo;

    @BeforeEach
    void createWithGitCli() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        repo = Files.createDirectories(temp.resolve("repos/inventory"));
        git("init", "--quiet", "--initial-branch=trunk");
        Files.createDirectories(repo.resolve("apps/stock"));
        Files.writeString(repo.resolve("catalog-info.yaml"), "kind: System\nmetadata: {name: inventory}\n");
        Files.writeString(repo.resolve("apps/stock/catalog-info.yaml"), "kind: Component\n");
        Files.createSymbolicLink(repo.resolve("apps/passwd-catalog-info.yaml"), Path.of("/etc/passwd"));
        git("add", "--all");
        git("-c", "user.name=Socle CLI", "-c", "user.email=cli@socle.dev", "commit", "--quiet", "-m", "Initial");
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as("git %s: %s", String.join(" ", args), output)
                .isZero();
        return output.strip();
    }

    @Test
    void readsFilesOfACliMadeRepositoryAndSkipsItsSymlink() throws Exception {
        var reading = TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("repos"))
                .build();
        GitSourceReader reader = new GitSourceReader(reading, new ReadingPolicy(reading));

        SourceSnapshot snapshot = reader.read(
                (GitTarget) LocationTargetParser.parse("url", repo.toUri() + "?ref=trunk&path=**/*catalog-info.yaml"));

        assertThat(snapshot.commitId()).isEqualTo(git("rev-parse", "HEAD"));
        assertThat(snapshot.files())
                .extracting(SourceFile::path)
                .containsExactly("apps/stock/catalog-info.yaml", "catalog-info.yaml");
        assertThat(snapshot.files().get(1).text()).isEqualTo("kind: System\nmetadata: {name: inventory}\n");
        assertThat(snapshot.notes()).singleElement().asString().contains("apps/passwd-catalog-info.yaml");
    }
}
