package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class CatalogPropertiesTest {

    private static CatalogProperties bind(Map<String, Object> environment, Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        env.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return Binder.get(env).bindOrCreate("socle.catalog", Bindable.of(CatalogProperties.class));
    }

    @Test
    void defaultsAllowNothingAndBoundTheReads() {
        CatalogProperties.Reading reading = bind(Map.of(), Map.of()).reading();

        assertThat(reading.allowedHosts()).isEmpty();
        assertThat(reading.allowedFileRoots()).isEmpty();
        assertThat(reading.hostTokens()).isEmpty();
        assertThat(reading.cacheDirectory()).isEqualTo(Path.of("data/git-cache"));
        assertThat(reading.fetchTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(reading.maxFileSize()).isEqualTo(DataSize.ofMegabytes(3));
        assertThat(reading.maxFilesPerLocation()).isEqualTo(20000);
    }

    @Test
    void fileRootsBindFromACommaSeparatedEnvironmentVariable() {
        CatalogProperties.Reading reading = bind(
                        Map.of("SOCLE_CATALOG_READING_ALLOWEDFILEROOTS", "/srv/catalog,/opt/socle"), Map.of())
                .reading();

        assertThat(reading.allowedFileRoots()).containsExactly(Path.of("/srv/catalog"), Path.of("/opt/socle"));
    }

    @Test
    void hostTokensBindFromIndexedEnvironmentVariables() {
        CatalogProperties.Reading reading = bind(
                        Map.of(
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_HOST", "GitHub.com",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_TOKEN", "ghp_sEcReT"),
                        Map.of("socle.catalog.reading.allowed-hosts", "github.com,git.acme.dev:8443"))
                .reading();

        assertThat(reading.credentialsFor("github.com").map(CatalogProperties.HostToken::token))
                .contains("ghp_sEcReT");
        assertThat(reading.credentialsFor("gitlab.com")).isEmpty();
        assertThat(reading.allowedHosts()).containsExactly("github.com", "git.acme.dev:8443");
        assertThat(reading.credentialsFor("github.com"))
                .get()
                .extracting(CatalogProperties.HostToken::username)
                .isEqualTo("x-access-token");
    }

    @Test
    void aHostTokenCanNameItsUserForBitbucketCloud() {
        CatalogProperties.Reading reading = bind(
                        Map.of(
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_HOST", "bitbucket.org",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_TOKEN", "bb-sEcReT",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_USERNAME", "x-token-auth"),
                        Map.of())
                .reading();

        assertThat(reading.credentialsFor("bitbucket.org"))
                .get()
                .extracting(CatalogProperties.HostToken::username)
                .isEqualTo("x-token-auth");
    }

    @Test
    void aHostTokenIsSentOverHttpsOnlyUnlessItsEntryAllowsInsecureHttp() {
        CatalogProperties.Reading reading = bind(
                        Map.of(
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_HOST", "github.com",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_0_TOKEN", "ghp_sEcReT",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_1_HOST", "git.lab.internal",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_1_TOKEN", "lab-sEcReT",
                                "SOCLE_CATALOG_READING_HOSTTOKENS_1_ALLOWINSECUREHTTP", "true"),
                        Map.of())
                .reading();

        assertThat(reading.credentialsFor("github.com"))
                .get()
                .extracting(CatalogProperties.HostToken::allowInsecureHttp)
                .isEqualTo(false);
        assertThat(reading.credentialsFor("git.lab.internal"))
                .get()
                .extracting(CatalogProperties.HostToken::allowInsecureHttp)
                .isEqualTo(true);
    }

    @Test
    void toStringNeverShowsATokenAtAnyLevel() {
        CatalogProperties properties = bind(
                Map.of(
                        "SOCLE_CATALOG_READING_HOSTTOKENS_0_HOST", "github.com",
                        "SOCLE_CATALOG_READING_HOSTTOKENS_0_TOKEN", "ghp_sEcReT"),
                Map.of());

        assertThat(properties.toString()).contains("github.com").doesNotContain("ghp_sEcReT");
        assertThat(properties.reading().hostTokens().getFirst().toString()).doesNotContain("ghp_sEcReT");
    }

    @Test
    void limitsAndTimeoutBindFromProperties() {
        CatalogProperties.Reading reading = bind(
                        Map.of(),
                        Map.of(
                                "socle.catalog.reading.max-file-size", "512KB",
                                "socle.catalog.reading.fetch-timeout", "5s",
                                "socle.catalog.reading.max-files-per-location", "7",
                                "socle.catalog.reading.cache-directory", "/var/lib/socle/git-cache"))
                .reading();

        assertThat(reading.maxFileSize()).isEqualTo(DataSize.ofKilobytes(512));
        assertThat(reading.fetchTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(reading.maxFilesPerLocation()).isEqualTo(7);
        assertThat(reading.cacheDirectory()).isEqualTo(Path.of("/var/lib/socle/git-cache"));
    }
}
