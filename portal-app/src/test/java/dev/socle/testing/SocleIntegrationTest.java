package dev.socle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random loopback port, on a fresh in-memory H2 database in PostgreSQL mode. The
 * properties give the tests a known admin password and three static API tokens: a catalog editor's, an admin's and
 * a reader's without roles.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GitSourcesInitializer.class)
@TestPropertySource(
        properties = {
            "server.address=127.0.0.1",
            "socle.catalog.search.in-memory=true",
            "spring.datasource.url=jdbc:h2:mem:socle-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "socle.admin.password=" + TestIdentities.ADMIN_PASSWORD,
            "socle.api.static-tokens[0].token=" + TestIdentities.SERVICE_TOKEN,
            "socle.api.static-tokens[0].subject=" + TestIdentities.SERVICE_SUBJECT,
            "socle.api.static-tokens[0].roles=CATALOG_EDITOR",
            "socle.api.static-tokens[1].token=" + TestIdentities.ADMIN_TOKEN,
            "socle.api.static-tokens[1].subject=" + TestIdentities.ADMIN_TOKEN_SUBJECT,
            "socle.api.static-tokens[1].roles=ADMIN",
            "socle.api.static-tokens[2].token=" + TestIdentities.READER_TOKEN,
            "socle.api.static-tokens[2].subject=" + TestIdentities.READER_SUBJECT
        })
public @interface SocleIntegrationTest {}
