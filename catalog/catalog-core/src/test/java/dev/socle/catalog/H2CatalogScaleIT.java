package dev.socle.catalog;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;

/** The scale harness on H2, with H2's result cache off so that repeated reads are measured, not cached. */
@SpringBootTest(
        classes = CatalogTestApplication.class,
        properties = {
            "socle.catalog.search.in-memory=true",
            "spring.datasource.url=jdbc:h2:mem:catalog-scale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0",
            "spring.flyway.locations=classpath:db/migration/catalog",
            "spring.jpa.hibernate.ddl-auto=validate"
        })
@EnabledIfSystemProperty(named = "socle.scale", matches = "h2")
class H2CatalogScaleIT extends CatalogScaleBehaviour {}
