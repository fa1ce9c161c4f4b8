package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileSourceReaderTest {

    @TempDir
    Path temp;

    Path root;
    Path secret;

    @BeforeEach
    void layOutFiles() throws IOException {
        root = Files.createDirectories(temp.resolve("root")).toRealPath();
        secret = Files.writeString(temp.resolve("secret.yaml"), "password: hunter2");
        write("catalog-info.yaml", "kind: System");
        write("services/api/catalog-info.yaml", "kind: API");
        write("services/api/openapi.yaml", "openapi: 3.1.0");
        write("services/web/catalog-info.yaml", "kind: Component");
        write("services/web/README.md", "# web");
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private SourceSnapshot read(TestReadings readings, String target) {
        var reading = readings.build();
        return new FileSourceReader(reading, new ReadingPolicy(reading))
                .read((FileTarget) LocationTargetParser.parse("file", target));
    }

    private TestReadings allowed() {
        return TestReadings.cacheIn(temp.resolve("cache")).roots(root);
    }

    @Test
    void readsOneFileRelativeToItsFolder() {
        SourceSnapshot snapshot = read(allowed(), root + "/services/api/catalog-info.yaml");

        assertThat(snapshot.files())
                .extracting(SourceFile::path, SourceFile::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalog-info.yaml", "kind: API"));
        assertThat(snapshot.commitId()).isNull();
        assertThat(snapshot.version()).startsWith("sha256:");
        assertThat(snapshot.readRelative("catalog-info.yaml", "./openapi.yaml"))
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("openapi: 3.1.0"));
    }

    @Test
    void globSelectsCatalogInfoAtEveryDepth() {
        SourceSnapshot snapshot = read(allowed(), root + "/**/catalog-info.yaml");

        assertThat(snapshot.files())
                .extracting(SourceFile::path)
                .containsExactly(
                        "catalog-info.yaml", "services/api/catalog-info.yaml", "services/web/catalog-info.yaml");
    }

    @Test
    void aDirectoryWithoutAGlobReadsOnlyTheDescriptorFilesBelowIt() {
        SourceSnapshot snapshot = read(allowed(), root + "/services");

        assertThat(snapshot.files())
                .extracting(SourceFile::path)
                .containsExactly("api/catalog-info.yaml", "web/catalog-info.yaml");
    }

    @Test
    void symlinksBelowTheLocationAreSkippedWithANote() throws IOException {
        Files.createSymbolicLink(root.resolve("services/leak"), temp);
        Files.createSymbolicLink(root.resolve("services/passwd/"), Path.of("/etc/passwd"));
        Files.createDirectories(root.resolve("services/x"));
        Files.createSymbolicLink(root.resolve("services/x/catalog-info.yaml"), secret);

        SourceSnapshot snapshot = read(allowed(), root + "/**");

        assertThat(snapshot.files())
                .extracting(SourceFile::path)
                .doesNotContain("services/x/catalog-info.yaml", "services/passwd")
                .noneMatch(p -> p.startsWith("services/leak"));
        assertThat(snapshot.files())
                .extracting(SourceFile::text)
                .noneMatch(t -> t.contains("hunter2") || t.contains("root:"));
        assertThat(snapshot.notes())
                .anyMatch(n -> n.contains("services/x/catalog-info.yaml") && n.contains("symbolic link"));
    }

    @Test
    void readRelativeRefusesSymlinksAndEscapes() throws IOException {
        Files.createSymbolicLink(root.resolve("services/api/linked.yaml"), secret);
        SourceSnapshot snapshot = read(allowed(), root + "/**/catalog-info.yaml");

        assertThatThrownBy(() -> snapshot.readRelative("services/api/catalog-info.yaml", "./linked.yaml"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> snapshot.readRelative("catalog-info.yaml", "../secret.yaml"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(snapshot.readRelative("services/api/catalog-info.yaml", "./missing.yaml"))
                .isEmpty();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedNamingFileAndSettingWhileTheOthersAreRead() throws IOException {
        write("big/catalog-info.yaml", "x".repeat(2048));

        SourceSnapshot snapshot = read(allowed().maxFileSize(DataSize.ofKilobytes(1)), root + "/**/catalog-info.yaml");

        assertThat(snapshot.files()).extracting(SourceFile::path).isNotEmpty().doesNotContain("big/catalog-info.yaml");
        assertThat(snapshot.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo("big/catalog-info.yaml");
            assertThat(refused.reason()).contains("2048 bytes", "socle.catalog.reading.max-file-size");
        });
    }

    @Test
    void aFileLocationOverTheLimitIsRefusedNotFailed() throws IOException {
        write("big/catalog-info.yaml", "x".repeat(2048));

        SourceSnapshot snapshot = read(allowed().maxFileSize(DataSize.ofKilobytes(1)), root + "/big/catalog-info.yaml");

        assertThat(snapshot.files()).isEmpty();
        assertThat(snapshot.refused()).extracting(RefusedFile::path).containsExactly("catalog-info.yaml");
    }

    @Test
    void aGlobThatMatchesNoFileLeavesANoteNamingTheTypo() {
        SourceSnapshot snapshot = read(allowed(), root + "/acme?dryRun=true");

        assertThat(snapshot.files()).isEmpty();
        assertThat(snapshot.notes())
                .singleElement()
                .asString()
                .contains("matches no file", "'acme?dryRun=true' is read as a glob");
    }

    @Test
    void tooManyFilesFailNamingTheSetting() {
        assertThatThrownBy(() -> read(allowed().maxFiles(2), root + "/**/catalog-info.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 2 files")
                .hasMessageContaining("socle.catalog.reading.max-files-per-location");
    }

    @Test
    void changedContentChangesTheVersion() throws IOException {
        String before = read(allowed(), root + "/**/catalog-info.yaml").version();
        assertThat(read(allowed(), root + "/**/catalog-info.yaml").version()).isEqualTo(before);

        write("services/web/catalog-info.yaml", "kind: Component # changed");

        assertThat(read(allowed(), root + "/**/catalog-info.yaml").version()).isNotEqualTo(before);
    }

    @Test
    void locationOutsideTheRootsIsRefused() {
        assertThatThrownBy(() -> read(allowed(), secret.toString()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("socle.catalog.reading.allowed-file-roots");
    }
}
