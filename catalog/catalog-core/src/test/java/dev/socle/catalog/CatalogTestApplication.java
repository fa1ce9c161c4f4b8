package dev.socle.catalog;

import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.store.CatalogStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The catalog's storage, index and query layer (store, index, query, {@link CatalogWriter}, {@link LocationService}) without
 * ingestion, on whatever database the test points it at.
 */
@SpringBootApplication(scanBasePackageClasses = {CatalogStore.class, CatalogIndexFeed.class, CatalogQueries.class})
@Import({CatalogWriter.class, LocationService.class})
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogTestApplication {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
