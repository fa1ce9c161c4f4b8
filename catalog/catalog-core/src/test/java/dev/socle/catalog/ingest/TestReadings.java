package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Reading settings for tests, defaulting to nothing allowed. */
record TestReadings(List<String> hosts, List<Path> roots, List<CatalogProperties.HostToken> tokens, Path cache,
        DataSize maxFileSize, int maxFiles) {

    static TestReadings cacheIn(Path cache) {
        return new TestReadings(List.of(), List.of(), List.of(), cache, DataSize.ofMegabytes(3), 1000);
    }

    TestReadings hosts(String... allowed) {
        return new TestReadings(List.of(allowed), roots, tokens, cache, maxFileSize, maxFiles);
    }

    TestReadings roots(Path... allowed) {
        return new TestReadings(hosts, List.of(allowed), tokens, cache, maxFileSize, maxFiles);
    }

    TestReadings token(String host, String token) {
        return token(host, token, "x-access-token");
    }

    TestReadings token(String host, String token, String username) {
        return new TestReadings(hosts, roots, List.of(new CatalogProperties.HostToken(host, token, username)), cache,
                maxFileSize, maxFiles);
    }

    TestReadings maxFileSize(DataSize size) {
        return new TestReadings(hosts, roots, tokens, cache, size, maxFiles);
    }

    TestReadings maxFiles(int count) {
        return new TestReadings(hosts, roots, tokens, cache, maxFileSize, count);
    }

    CatalogProperties.Reading build() {
        return new CatalogProperties.Reading(hosts, roots, tokens, cache, Duration.ofSeconds(20), maxFileSize, maxFiles,
                Duration.ofDays(7));
    }
}
