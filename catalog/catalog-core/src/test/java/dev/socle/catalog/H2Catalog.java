package dev.socle.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs the test against the real migrations on embedded H2 in PostgreSQL mode, as Socle's default setup does. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CatalogTestApplication.class,
        properties = {
            "socle.catalog.search.in-memory=true",
            "spring.datasource.url=jdbc:h2:mem:catalog-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.flyway.locations=classpath:db/migration/catalog",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false"
        })
public @interface H2Catalog {}
