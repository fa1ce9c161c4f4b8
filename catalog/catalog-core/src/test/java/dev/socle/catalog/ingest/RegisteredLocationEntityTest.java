package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.IngestedEntity;
import org.junit.jupiter.api.Test;

class RegisteredLocationEntityTest {

    private static final String TARGET = "https://github.com/acme/payments/blob/main/catalog-info.yaml";

    @Test
    void isNamedAsBackstageNamesTheLocationEntityItGenerates() {
        // sha1("url:" + TARGET) as hex, computed with Python's hashlib
        assertThat(RegisteredLocationEntity.name("url", TARGET))
                .isEqualTo("generated-e0c4b7c063a78cea3111c0a67d121a6cc3b3d891");
        assertThat(RegisteredLocationEntity.name("file", TARGET))
                .isNotEqualTo(RegisteredLocationEntity.name("url", TARGET));
    }

    @Test
    void isAValidLocationInTheDefaultNamespaceWithTheLocationsTypeAndTarget() {
        IngestedEntity entity = RegisteredLocationEntity.of("url", TARGET);

        assertThat(entity.ref().toString())
                .isEqualTo("location:default/generated-e0c4b7c063a78cea3111c0a67d121a6cc3b3d891");
        assertThat(entity.entity().apiVersion()).isEqualTo("backstage.io/v1alpha1");
        assertThat(entity.entity().spec().path("type").asString()).isEqualTo("url");
        assertThat(entity.entity().spec().path("target").asString()).isEqualTo(TARGET);
        assertThat(entity.sourceFile()).isNull();
    }
}
