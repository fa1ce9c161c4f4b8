package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git caches that no location uses are deleted after the retention period; busy ones are repacked. */
class GitCacheMaintenanceIT {

    @TempDir
    Path temp;

    TestGitRepo payments;
    TestGitRepo billing;
    GitSourceReader reader;

    @BeforeEach
    void createRepositories() {
        payments = TestGitRepo.create(temp.resolve("repos/payments"));
        payments.writeFile("catalog-info.yaml", "kind: System").commit("Add catalog");
        billing = TestGitRepo.create(temp.resolve("repos/billing"));
        billing.writeFile("catalog-info.yaml", "kind: System").commit("Add catalog");
        var reading = TestReadings.cacheIn(temp.resolve("cache"))
                .roots(temp.resolve("repos"))
                .build();
        reader = new GitSourceReader(reading, new ReadingPolicy(reading));
    }

    @AfterEach
    void closeRepositories() {
        payments.close();
        billing.close();
    }

    @Test
    void aCacheUnusedForLongerThanTheRetentionIsDeletedAndFetchedAgainWhenNeeded() throws IOException {
        read(payments);
        read(billing);
        Path unused = reader.cacheDirectoryFor(target(payments));
        Files.setLastModifiedTime(
                unused.resolve(GitCache.LAST_USED), FileTime.from(Instant.now().minus(Duration.ofDays(8))));

        GitCacheMaintenance.Outcome outcome = reader.maintainCaches(Instant.now());

        assertThat(outcome.deleted()).isEqualTo(1);
        assertThat(unused).doesNotExist();
        assertThat(reader.cacheDirectoryFor(target(billing))).isDirectory();
        assertThat(read(payments).commitId()).isEqualTo(payments.head(TestGitRepo.MAIN));
        assertThat(unused).isDirectory();
    }

    @Test
    void aCacheInUseIsKeptWhateverItsAge() throws IOException {
        read(payments);

        assertThat(reader.maintainCaches(Instant.now().plus(Duration.ofDays(6))).deleted())
                .isZero();
        assertThat(reader.cacheDirectoryFor(target(payments))).isDirectory();
    }

    @Test
    void aCacheWithManyPacksIsRepackedAndStillReads() throws IOException {
        for (int change = 0; change <= GitCacheMaintenance.MAX_PACKS; change++) {
            billing.writeFile("catalog-info.yaml", "kind: System\n# change " + change)
                    .commit("Change " + change);
            read(billing);
        }
        Path cache = reader.cacheDirectoryFor(target(billing));
        assertThat(packs(cache)).isGreaterThan(GitCacheMaintenance.MAX_PACKS);

        assertThat(reader.maintainCaches(Instant.now()).repacked()).isEqualTo(1);
        // the superseded packs stay for an hour, for readers that still have them open; the next run removes them
        ageFiles(cache.resolve("objects/pack"), Duration.ofHours(2));
        assertThat(reader.maintainCaches(Instant.now()).repacked()).isEqualTo(1);

        assertThat(packs(cache)).isLessThanOrEqualTo(2);
        SourceSnapshot snapshot = read(billing);
        assertThat(snapshot.commitId()).isEqualTo(billing.head(TestGitRepo.MAIN));
        assertThat(snapshot.files())
                .singleElement()
                .satisfies(file -> assertThat(file.text()).endsWith("# change " + GitCacheMaintenance.MAX_PACKS));
    }

    private SourceSnapshot read(TestGitRepo repo) {
        return reader.read(target(repo));
    }

    private static GitTarget target(TestGitRepo repo) {
        return (GitTarget) LocationTargetParser.parse("url", repo.uri() + "?ref=main&path=catalog-info.yaml");
    }

    private static void ageFiles(Path directory, Duration age) throws IOException {
        FileTime then = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, then);
            }
        }
    }

    private static long packs(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("objects/pack"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pack"))
                    .count();
        }
    }
}
