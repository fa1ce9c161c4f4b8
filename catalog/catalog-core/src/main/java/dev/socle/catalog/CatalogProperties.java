package dev.socle.catalog;

import dev.socle.plugin.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the catalog module, bound from {@code socle.catalog.*}. Each concern is one nested
 * record so that new sections (refresh schedule, orphan strategy, rules…) are added as one more
 * component.
 *
 * @param reading where and how the catalog may read location sources (git repositories and local files)
 * @param rules which kinds and apiVersions beyond Backstage's built-in ones the catalog accepts
 * @param refresh how often and how locations are read again
 * @param locations locations registered at start-up, like Backstage's {@code catalog.locations}
 * @param search the search index that answers filtered queries, facets and full text
 * @param instanceId this instance's name in the locations it claims while reading them; it must differ between
 *     instances sharing a database and stay the same across restarts, so that a restarted instance ends the claims
 *     its previous run left (after a crash) at once. Defaults to the host name with the search index directory
 */
@Validated
@ConfigurationProperties("socle.catalog")
public record CatalogProperties(
        @Valid @DefaultValue Reading reading,
        @Valid @DefaultValue Rules rules,
        @Valid @DefaultValue Refresh refresh,
        @DefaultValue List<@Valid ConfiguredLocation> locations,
        @Valid @DefaultValue Search search,
        @Nullable String instanceId) {

    public CatalogProperties {
        locations = List.copyOf(locations);
        if (instanceId != null && instanceId.strip().length() > 255) {
            throw new InvalidInputException("socle.catalog.instance-id may have at most 255 characters, but has "
                    + instanceId.strip().length() + "; choose a shorter name, e.g. the host name.");
        }
    }

    /**
     * Kinds the catalog accepts besides Backstage's built-in ones (Component, API, Resource, System, Domain, Group,
     * User, Location, Template), like Backstage's {@code catalog.rules}. Entities of other kinds are refused with a
     * message naming this setting.
     *
     * @param allow extra kinds, each with the apiVersion it may use ({@code *} matches anything)
     */
    public record Rules(@DefaultValue List<@Valid AllowedKind> allow) {

        public Rules {
            allow = List.copyOf(allow);
        }
    }

    /**
     * One allowed kind.
     *
     * @param kind the kind, e.g. {@code Pipeline}, or {@code *}
     * @param apiVersion the apiVersion, e.g. {@code acme.io/v1}, or {@code *}
     */
    public record AllowedKind(
            @NotBlank String kind,
            @NotBlank @DefaultValue("*") String apiVersion) {}

    /**
     * Reading locations again.
     *
     * @param interval how long after a read a location is due again; an unchanged source (same commit and content)
     *     costs almost nothing
     * @param orphanStrategy what happens to entities their location no longer emits: {@code keep} marks them as
     *     orphans (Backstage's default), {@code delete} removes them
     * @param batchSize how many due locations one instance claims at a time
     * @param lease how long a claim on a location lasts; another instance may take it over after that
     * @param pollInterval how often each instance looks for due locations
     * @param parallelReads how many locations one instance reads at the same time; a remote that hangs holds one
     *     of them until {@code socle.catalog.reading.fetch-timeout}, while the others go on with the other locations
     */
    public record Refresh(
            @DefaultValue("3m") Duration interval,
            @DefaultValue("keep") OrphanStrategy orphanStrategy,
            @Positive @DefaultValue("10") int batchSize,
            @DefaultValue("10m") Duration lease,
            @DefaultValue("5s") Duration pollInterval,
            @Positive @DefaultValue("4") int parallelReads) {

        public Refresh {
            if (interval.isNegative() || interval.isZero()) {
                throw new InvalidInputException(
                        "socle.catalog.refresh.interval must be positive, but is " + interval + "; set it to e.g. 3m.");
            }
        }
    }

    /**
     * The catalog's search index: an embedded Lucene index that each instance keeps up to date from the entity
     * history table, so that several instances on one database answer the same.
     *
     * @param indexDirectory where the index is kept between restarts; each instance needs its own directory. A
     *     missing or outdated index is rebuilt from the database at start-up
     * @param inMemory keep the index in memory only and rebuild it at every start (tests, small catalogs)
     * @param followInterval how often an instance picks up changes that other instances wrote; its own changes
     *     are searchable as soon as they are committed
     */
    public record Search(
            @DefaultValue("./data/catalog-index") Path indexDirectory,
            @DefaultValue("false") boolean inMemory,
            @DefaultValue("1s") Duration followInterval) {

        public Search {
            if (followInterval.isNegative() || followInterval.isZero()) {
                throw new InvalidInputException("socle.catalog.search.follow-interval must be positive, but is "
                        + followInterval + "; set it to e.g. 1s.");
            }
        }
    }

    /**
     * A location registered at start-up.
     *
     * @param type {@code url} for a repository file or folder URL, {@code file} for a local path
     * @param target the URL or absolute path
     */
    public record ConfiguredLocation(
            @NotBlank @DefaultValue("url") String type,
            @NotBlank String target) {}

    /**
     * Where and how location sources are read. Nothing is readable until allowed, like Backstage's
     * {@code backend.reading.allow}.
     *
     * @param allowedHosts hosts that locations may fetch from, as {@code host} (default port of the
     *     scheme) or {@code host:port}, or {@code *.example.com} for any subdomain; compared
     *     case-insensitively; empty (the default) allows no remote location at all
     * @param allowedFileRoots absolute directories under which {@code file} locations and
     *     {@code file://} repositories may lie, after resolving symbolic links; empty (the default)
     *     allows no local location ({@code SOCLE_CATALOG_READING_ALLOWEDFILEROOTS=/a,/b})
     * @param hostTokens access tokens per host, sent as HTTP basic credentials (the user name, by default
     *     {@code x-access-token}, and the token) when fetching from that host; set them from the
     *     environment only ({@code SOCLE_CATALOG_READING_HOSTTOKENS_0_HOST},
     *     {@code SOCLE_CATALOG_READING_HOSTTOKENS_0_TOKEN})
     * @param cacheDirectory directory holding one bare git repository per fetched remote; keep it
     *     below the data directory, e.g. {@code ${SOCLE_DATA_DIR:./data}/git-cache} in application.yml
     * @param fetchTimeout how long one git fetch may wait on the network before it fails
     * @param maxFileSize largest single file a location may yield; larger files fail the read
     * @param maxFilesPerLocation most files one location may yield, counting the files its Location entities
     *     lead to
     * @param cacheRetention how long a git cache that no location has used is kept before it is deleted; at least
     *     an hour. Caches in use are repacked when their fetches have left many pack files
     */
    public record Reading(
            @DefaultValue List<String> allowedHosts,
            @DefaultValue List<Path> allowedFileRoots,
            @DefaultValue List<@Valid HostToken> hostTokens,
            @DefaultValue("./data/git-cache") Path cacheDirectory,
            @DefaultValue("60s") Duration fetchTimeout,
            @DefaultValue("3MB") DataSize maxFileSize,
            @Positive @DefaultValue("20000") int maxFilesPerLocation,
            @DefaultValue("7d") Duration cacheRetention) {

        public Reading {
            allowedHosts = List.copyOf(allowedHosts);
            allowedFileRoots = List.copyOf(allowedFileRoots);
            hostTokens = List.copyOf(hostTokens);
            if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
                throw new InvalidInputException("socle.catalog.reading.fetch-timeout must be positive, but is "
                        + fetchTimeout + "; set it to e.g. 60s.");
            }
            if (cacheRetention.compareTo(Duration.ofHours(1)) < 0) {
                throw new InvalidInputException("socle.catalog.reading.cache-retention must be at least 1h, but is "
                        + cacheRetention + "; set it to e.g. 7d.");
            }
            if (maxFileSize.toBytes() <= 0) {
                throw new InvalidInputException("socle.catalog.reading.max-file-size must be positive, but is "
                        + maxFileSize + "; set it to e.g. 3MB.");
            }
        }

        /** The token and user name configured for {@code host} (compared case-insensitively), if any. */
        public Optional<HostToken> credentialsFor(String host) {
            String wanted = host.toLowerCase(Locale.ROOT);
            return hostTokens.stream()
                    .filter(t -> t.host().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
        }
    }

    /**
     * A secret token for one host. {@link #toString()} never shows the token.
     *
     * @param host host name the token is sent to, without scheme or path
     * @param token the token; from the environment only, never from a committed file
     * @param username the user name sent with the token: {@code x-access-token} suits GitHub, GitLab and Gitea;
     *     Bitbucket Cloud wants {@code x-token-auth}
     * @param allowInsecureHttp also send the token over plain {@code http://}, where anyone on the network path can
     *     read it; by default a token is sent over {@code https://} only, and reading a location on this host over
     *     {@code http://} is refused before any request. Meant for test servers and trusted networks only
     */
    public record HostToken(
            @NotBlank String host,
            @NotBlank String token,
            @NotBlank @DefaultValue("x-access-token") String username,
            @DefaultValue("false") boolean allowInsecureHttp) {

        @Override
        public String toString() {
            return "HostToken[host=" + host + ", username=" + username + ", token=****"
                    + (allowInsecureHttp ? ", allowInsecureHttp" : "") + "]";
        }
    }
}
