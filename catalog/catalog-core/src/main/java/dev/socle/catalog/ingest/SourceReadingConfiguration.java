package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the {@link SourceReader} available to the catalog's services. */
@Configuration(proxyBeanMethods = false)
class SourceReadingConfiguration {

    @Bean
    SourceReader sourceReader(CatalogProperties properties) {
        return new SourceReader(properties.reading());
    }
}
