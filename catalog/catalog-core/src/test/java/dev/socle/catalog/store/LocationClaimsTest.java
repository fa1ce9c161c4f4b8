package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LocationClaimsTest {

    @Test
    void theConfiguredInstanceIdIsUsed() {
        assertThat(LocationClaims.instanceId(bind(Map.of("socle.catalog.instance-id", " socle-1 "))))
                .isEqualTo("socle-1");
    }

    @Test
    void byDefaultAnInstanceIsNamedTheSameAfterARestart() {
        Map<String, String> settings = Map.of("socle.catalog.search.index-directory", "/srv/socle/index");

        String first = LocationClaims.instanceId(bind(settings));

        assertThat(LocationClaims.instanceId(bind(settings))).isEqualTo(first).endsWith(":/srv/socle/index");
        assertThat(LocationClaims.instanceId(bind(Map.of("socle.catalog.search.index-directory", "/srv/other"))))
                .as("another instance on the same host has its own index directory")
                .isNotEqualTo(first);
    }

    @Test
    void anInstanceWithAnInMemoryIndexIsNamedAnewAtEachStart() {
        Map<String, String> settings = Map.of("socle.catalog.search.in-memory", "true");

        assertThat(LocationClaims.instanceId(bind(settings))).isNotEqualTo(LocationClaims.instanceId(bind(settings)));
    }

    private static CatalogProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("socle.catalog", Bindable.of(CatalogProperties.class));
    }
}
