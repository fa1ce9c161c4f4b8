package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Reading settings for tests, defaulting to nothing allowed. */
record TestReadings(
        List<String> hosts,
        List<Path> roots,
        List<CatalogProperties.HostToken> tokens,
        Path cache,
        DataSize maxFileSize,
        int maxFiles) {

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
        return token(new CatalogProperties.HostToken(host, token, username, false));
    }

    /** A token for a host served over plain http, as the test git server is. */
    TestReadings insecureHttpToken(String host, String token) {
        return token(new CatalogProperties.HostToken(host, token, "x-access-token", true));
    }

    TestReadings token(CatalogProperties.HostToken token) {
        return new TestReadings(hosts, roots, List.of(token), cache, maxFileSize, maxFiles);
    }

    TestReadings maxFileSize(DataSize size) {
        return new TestReadings(hosts, roots, tokens, cache, size, maxFiles);
    }

    TestReadings maxFiles(int count) {
        return new TestReadings(hosts, roots, tokens, cache, maxFileSize, count);
    }

    /** A location reader with these reading settings and default everything else. */
    static LocationReader locationReader(TestReadings readings, Path temp) {
        return locationReader(readings, temp, java.net.InetAddress::getAllByName);
    }

    /** As {@link #locationReader(TestReadings, Path)}, resolving placeholder URL hosts with {@code resolver}. */
    static LocationReader locationReader(TestReadings readings, Path temp, HttpFileReader.HostResolver resolver) {
        var properties = new CatalogProperties(
                readings.build(),
                new CatalogProperties.Rules(List.of()),
                new CatalogProperties.Refresh(
                        Duration.ofMinutes(3),
                        dev.socle.catalog.OrphanStrategy.KEEP,
                        10,
                        Duration.ofMinutes(10),
                        Duration.ofSeconds(5),
                        4),
                List.of(),
                new CatalogProperties.Search(temp.resolve("index"), true, Duration.ofSeconds(1)),
                null);
        return new LocationReader(new SourceReader(properties.reading(), resolver), properties);
    }

    CatalogProperties.Reading build() {
        return new CatalogProperties.Reading(
                hosts, roots, tokens, cache, Duration.ofSeconds(20), maxFileSize, maxFiles, Duration.ofDays(7));
    }
}
