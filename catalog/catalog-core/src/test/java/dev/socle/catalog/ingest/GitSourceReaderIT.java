package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.testkit.TestGitRepo;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class GitSourceReaderIT {

    @TempDir
    Path temp;

    TestGitRepo repo;
    Path cacheRoot;

    @BeforeEach
    void createRepository() {
        cacheRoot = temp.resolve("cache");
        repo = TestGitRepo.create(temp.resolve("repos/payments"));
        repo.writeFile("catalog-info.yaml", "kind: System")
                .writeFile("services/api/catalog-info.yaml", "kind: API")
                .writeFile("services/api/openapi.yaml", "openapi: 3.1.0")
                .writeFile("services/web/catalog-info.yaml", "kind: Component")
                .writeFile("docs/index.md", "# Payments");
        repo.commit("Add catalog");
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    private TestReadings allowed() {
        return TestReadings.cacheIn(cacheRoot).roots(temp.resolve("repos"));
    }

    private GitSourceReader reader(TestReadings readings) {
        var reading = readings.build();
        return new GitSourceReader(reading, new ReadingPolicy(reading));
    }

    private GitTarget target(String branch, String path) {
        return (GitTarget) LocationTargetParser.parse("url", repo.uri() + "?ref=" + branch + "&path=" + path);
    }

    private SourceSnapshot read(String path) {
        return reader(allowed()).read(target(TestGitRepo.MAIN, path));
    }

    @Test
    void readsOneFileAtTheBranchHead() {
        SourceSnapshot snapshot = read("services/api/catalog-info.yaml");

        assertThat(snapshot.commitId()).isEqualTo(repo.head(TestGitRepo.MAIN));
        assertThat(snapshot.files()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo("services/api/catalog-info.yaml");
            assertThat(file.text()).isEqualTo("kind: API");
        });
    }

    @Test
    void globMatchesCatalogInfoAtEveryDepth() {
        assertThat(read("**/catalog-info.yaml").files())
                .extracting(SourceFile::path)
                .containsExactly(
                        "catalog-info.yaml", "services/api/catalog-info.yaml", "services/web/catalog-info.yaml");
    }

    @Test
    void aFolderReadsOnlyTheDescriptorFilesBelowIt() {
        assertThat(read("services").files())
                .extracting(SourceFile::path)
                .containsExactly("services/api/catalog-info.yaml", "services/web/catalog-info.yaml");
        assertThat(read("").files())
                .extracting(SourceFile::path)
                .containsExactly(
                        "catalog-info.yaml", "services/api/catalog-info.yaml", "services/web/catalog-info.yaml");
    }

    @Test
    void aGlobReadsExactlyWhatItMatches() {
        assertThat(read("services/api/*").files())
                .extracting(SourceFile::path)
                .containsExactly("services/api/catalog-info.yaml", "services/api/openapi.yaml");
    }

    @Test
    void aFolderWithoutDescriptorsIsNotFoundSayingWhatToAdd() {
        assertThatThrownBy(() -> read("docs"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("holds no catalog-info.yaml");
    }

    @Test
    void cacheIsBareAndHoldsNoWorkingTree() throws IOException {
        GitSourceReader reader = reader(allowed());
        GitTarget target = target(TestGitRepo.MAIN, "catalog-info.yaml");
        reader.read(target);

        Path cache = reader.cacheDirectoryFor(target);
        assertThat(cache).startsWith(cacheRoot.toAbsolutePath());
        try (Repository cached = GitCache.open(cache)) {
            assertThat(cached.isBare()).isTrue();
        }
        assertThat(cache.resolve("catalog-info.yaml")).doesNotExist();
    }

    @Test
    void newCommitYieldsNewCommitIdAndContent() {
        GitSourceReader reader = reader(allowed());
        SourceSnapshot first = reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        repo.writeFile("services/web/catalog-info.yaml", "kind: Component\nspec: {owner: web}");
        String second = repo.commit("Give web an owner");
        SourceSnapshot after = reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        assertThat(after.commitId()).isEqualTo(second).isNotEqualTo(first.commitId());
        assertThat(after.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(after.files())
                .filteredOn(f -> f.path().equals("services/web/catalog-info.yaml"))
                .singleElement()
                .extracting(SourceFile::text)
                .isEqualTo("kind: Component\nspec: {owner: web}");
    }

    @Test
    void deletedFileIsNoLongerRead() {
        GitSourceReader reader = reader(allowed());
        reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        repo.deleteFile("services/web/catalog-info.yaml");
        repo.commit("Retire web");

        assertThat(reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml")).files())
                .extracting(SourceFile::path)
                .containsExactly("catalog-info.yaml", "services/api/catalog-info.yaml");
    }

    @Test
    void unchangedSecondReadFetchesNoObjects() throws IOException {
        GitSourceReader reader = reader(allowed());
        GitTarget target = target(TestGitRepo.MAIN, "**/catalog-info.yaml");
        SourceSnapshot first = reader.read(target);
        Path cache = reader.cacheDirectoryFor(target);
        List<String> objectsBefore = CacheContents.objectFiles(cache);
        long packsBefore = CacheContents.packCount(cache);

        SourceSnapshot second = reader.read(target);

        assertThat(second.commitId()).isEqualTo(first.commitId());
        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(CacheContents.objectFiles(cache)).isEqualTo(objectsBefore);

        repo.writeFile("catalog-info.yaml", "kind: System # v2");
        repo.commit("Touch");
        reader.read(target);
        assertThat(CacheContents.packCount(cache)).isEqualTo(packsBefore + 1);
        assertThat(CacheContents.objectFiles(cache)).isNotEqualTo(objectsBefore);
    }

    @Test
    void branchesAreReadIndependently() {
        repo.switchBranch("feature");
        repo.writeFile("catalog-info.yaml", "kind: System # feature");
        String feature = repo.commit("Feature change");
        GitSourceReader reader = reader(allowed());

        SourceSnapshot onFeature = reader.read(target("feature", "catalog-info.yaml"));
        SourceSnapshot onMain = reader.read(target(TestGitRepo.MAIN, "catalog-info.yaml"));

        assertThat(onFeature.commitId()).isEqualTo(feature);
        assertThat(onFeature.files().getFirst().text()).isEqualTo("kind: System # feature");
        assertThat(onMain.files().getFirst().text()).isEqualTo("kind: System");
    }

    @Test
    void missingBranchOrPathIsNotFound() {
        assertThatThrownBy(() -> reader(allowed()).read(target("nope", "catalog-info.yaml")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Branch nope does not exist");
        assertThatThrownBy(() -> read("missing/catalog-info.yaml"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("missing/catalog-info.yaml")
                .hasMessageContaining(repo.head(TestGitRepo.MAIN));
    }

    @Test
    void symlinkToEtcPasswdIsSkippedNeverFollowed() {
        repo.writeSymlink("services/evil/catalog-info.yaml", "/etc/passwd");
        repo.commit("Add a link");

        SourceSnapshot glob = read("**/catalog-info.yaml");
        SourceSnapshot exact = read("services/evil/catalog-info.yaml");

        assertThat(glob.files()).extracting(SourceFile::path).doesNotContain("services/evil/catalog-info.yaml");
        assertThat(glob.files()).extracting(SourceFile::text).noneMatch(text -> text.contains("root:"));
        assertThat(glob.notes())
                .singleElement()
                .asString()
                .contains("services/evil/catalog-info.yaml")
                .contains("symbolic link");
        assertThat(exact.files()).isEmpty();
        assertThat(exact.notes()).hasSize(1);
        assertThatThrownBy(() -> glob.readRelative("catalog-info.yaml", "services/evil/catalog-info.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("symbolic link");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedClearlyWhileTheOthersAreRead() {
        repo.writeFile("big/catalog-info.yaml", "#".repeat(4096));
        repo.commit("Big file");

        SourceSnapshot snapshot = reader(allowed().maxFileSize(DataSize.ofKilobytes(2)))
                .read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        assertThat(snapshot.files()).extracting(SourceFile::path).isNotEmpty().doesNotContain("big/catalog-info.yaml");
        assertThat(snapshot.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.path()).isEqualTo("big/catalog-info.yaml");
            assertThat(refused.reason()).contains("4096 bytes", "socle.catalog.reading.max-file-size");
        });
    }

    @Test
    void aGlobThatMatchesNoFileLeavesANote() {
        SourceSnapshot snapshot = reader(allowed()).read(target(TestGitRepo.MAIN, "acme?dryRun=true"));

        assertThat(snapshot.files()).isEmpty();
        assertThat(snapshot.notes()).singleElement().asString().contains("matches no file");
    }

    @Test
    void tooManyFilesFailClearly() {
        assertThatThrownBy(() -> reader(allowed().maxFiles(2)).read(target(TestGitRepo.MAIN, "**/catalog-info.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 2 files")
                .hasMessageContaining("socle.catalog.reading.max-files-per-location");
    }

    @Test
    void readRelativeReadsTheSameCommitEvenAfterTheBranchMoved() {
        GitSourceReader reader = reader(allowed());
        SourceSnapshot snapshot = reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        repo.writeFile("services/api/openapi.yaml", "openapi: 3.2.0");
        repo.commit("Bump API");
        reader.read(target(TestGitRepo.MAIN, "**/catalog-info.yaml"));

        assertThat(snapshot.readRelative("services/api/catalog-info.yaml", "./openapi.yaml"))
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("openapi: 3.1.0"));
        assertThat(snapshot.readRelative("services/api/catalog-info.yaml", "../../docs/index.md"))
                .isPresent();
        assertThat(snapshot.readRelative("services/api/catalog-info.yaml", "./missing.yaml"))
                .isEmpty();
        assertThat(snapshot.readRelative("services/api/catalog-info.yaml", "../web"))
                .isEmpty();
        assertThatThrownBy(() -> snapshot.readRelative("catalog-info.yaml", "../../etc/passwd"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> snapshot.readRelative("catalog-info.yaml", "/etc/passwd"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> snapshot.readRelative("catalog-info.yaml", "http://127.0.0.1:9/x"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void repositoryOutsideTheFileRootsIsRefusedBeforeAnyCacheIsMade() {
        GitSourceReader reader = reader(TestReadings.cacheIn(cacheRoot).roots(Path.of("/nonexistent-root")));

        assertThatThrownBy(() -> reader.read(target(TestGitRepo.MAIN, "catalog-info.yaml")))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("socle.catalog.reading.allowed-file-roots");
        assertThat(cacheRoot).doesNotExist();
    }

    @Test
    void symlinkedRepositoryPointingOutsideTheRootsIsRefused() throws IOException {
        Path roots = Files.createDirectories(temp.resolve("allowed"));
        Path link = Files.createSymbolicLink(roots.resolve("payments"), repo.directory());
        GitTarget viaLink =
                (GitTarget) LocationTargetParser.parse("url", link.toUri() + "?ref=main&path=catalog-info.yaml");

        assertThatThrownBy(() ->
                        reader(TestReadings.cacheIn(cacheRoot).roots(roots)).read(viaLink))
                .isInstanceOf(NotAllowedException.class);
        assertThat(cacheRoot).doesNotExist();
    }
}
