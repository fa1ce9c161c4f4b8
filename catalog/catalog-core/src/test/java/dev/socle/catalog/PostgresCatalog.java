package dev.socle.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Runs the test against the real migrations on a real PostgreSQL: one embedded server per JVM, one database per context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CatalogTestApplication.class,
        properties = {
            "socle.catalog.search.in-memory=true",
            "spring.flyway.locations=classpath:db/migration/catalog",
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.jpa.open-in-view=false"
        })
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresCatalog {}
