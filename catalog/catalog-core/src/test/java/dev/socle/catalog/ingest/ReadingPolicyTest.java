package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingPolicyTest {

    @TempDir
    Path temp;

    private ReadingPolicy policy(TestReadings readings) {
        return new ReadingPolicy(readings.build());
    }

    private static LocationTarget url(String target) {
        return LocationTargetParser.parse("url", target);
    }

    @Test
    void noRemoteHostIsAllowedByDefault() {
        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp))
                        .check(url("https://github.com/acme/payments/blob/main/catalog-info.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("github.com")
                .hasMessageContaining("socle.catalog.reading.allowed-hosts");
    }

    @ParameterizedTest(name = "{0} with allowed {1}: {2}")
    @CsvSource(textBlock = """
            https://github.com/a/r/blob/main/c.yaml,        github.com,          true
            https://GitHub.COM/a/r/blob/main/c.yaml,        github.com,          true
            https://github.com/a/r/blob/main/c.yaml,        GITHUB.com,          true
            https://github.com:443/a/r/blob/main/c.yaml,    github.com,          true
            https://github.com/a/r/blob/main/c.yaml,        gitlab.com,          false
            https://github.com.evil.dev/a/r/blob/main/c.yaml, github.com,        false
            https://evilgithub.com/a/r/blob/main/c.yaml,    github.com,          false
            https://git.acme.dev:8443/a/r/blob/main/c.yaml, git.acme.dev,        false
            https://git.acme.dev:8443/a/r/blob/main/c.yaml, git.acme.dev:8443,   true
            https://git.acme.dev/a/r/blob/main/c.yaml,      git.acme.dev:8443,   false
            http://127.0.0.1:9/g/r.git?ref=main&path=c.yaml, 127.0.0.1:9,        true
            http://127.0.0.1:9/g/r.git?ref=main&path=c.yaml, 127.0.0.1,          false
            https://ghe.acme.dev/a/r/blob/main/c.yaml,      *.acme.dev,          true
            https://acme.dev/a/r/blob/main/c.yaml,          *.acme.dev,          false
            """)
    void hostsAreComparedCaseInsensitivelyWithPort(String target, String allowed, boolean expected) {
        ReadingPolicy policy = policy(TestReadings.cacheIn(temp).hosts(allowed));
        if (expected) {
            assertThatCode(() -> policy.check(url(target))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> policy.check(url(target)))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining(target)
                    .hasMessageContaining("socle.catalog.reading.allowed-hosts");
        }
    }

    @Test
    void noLocalPathIsAllowedByDefault() throws IOException {
        Path file = Files.writeString(temp.resolve("catalog-info.yaml"), "x");

        assertThatThrownBy(() ->
                        policy(TestReadings.cacheIn(temp)).check(LocationTargetParser.parse("file", file.toString())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("socle.catalog.reading.allowed-file-roots");
    }

    @Test
    void fileOutsideTheRootsIsRefused() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.writeString(temp.resolve("secret.yaml"), "x");

        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp).roots(root))
                        .check(LocationTargetParser.parse("file", outside.toString())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining(outside.toString())
                .hasMessageContaining("socle.catalog.reading.allowed-file-roots");
    }

    @Test
    void rootPrefixOfASiblingDirectoryDoesNotCount() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path sibling = Files.writeString(
                Files.createDirectories(temp.resolve("root-other")).resolve("a.yaml"), "x");

        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp).roots(root))
                        .check(LocationTargetParser.parse("file", sibling.toString())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void symlinkInsideARootPointingOutsideIsRefused() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.writeString(temp.resolve("secret.yaml"), "x");
        Path link = Files.createSymbolicLink(root.resolve("catalog-info.yaml"), outside);

        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp).roots(root))
                        .check(LocationTargetParser.parse("file", link.toString())))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("after resolving symbolic links")
                .hasMessageNotContaining("secret.yaml");
    }

    @Test
    void fileUrlRepositoryOutsideTheRootsIsRefused() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path repo = Files.createDirectories(temp.resolve("repo"));

        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp).roots(root).hosts("127.0.0.1"))
                        .check(url(repo.toUri() + "?ref=main&path=a.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("socle.catalog.reading.allowed-file-roots");
    }

    @Test
    void missingFileInsideARootIsNotFound() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));

        assertThatThrownBy(() -> policy(TestReadings.cacheIn(temp).roots(root))
                        .check(LocationTargetParser.parse(
                                "file", root.resolve("missing.yaml").toString())))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("missing.yaml");
    }

    @Test
    void fileInsideASymlinkedRootIsAllowedAndResolved() throws IOException {
        Path real = Files.createDirectories(temp.resolve("real"));
        Path root = Files.createSymbolicLink(temp.resolve("root"), real);
        Files.writeString(real.resolve("a.yaml"), "x");

        ReadingPolicy.AllowedPath allowed =
                policy(TestReadings.cacheIn(temp).roots(root)).allowedLocalPath(root.resolve("a.yaml"), "a.yaml");

        assertThat(allowed.realPath()).isEqualTo(real.toRealPath().resolve("a.yaml"));
    }
}
