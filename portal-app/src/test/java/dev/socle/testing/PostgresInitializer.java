package dev.socle.testing;

import dev.socle.catalog.testkit.TestPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at a fresh database on the testkit's embedded PostgreSQL server. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + TestPostgres.newDatabaseUrl(),
                        "spring.datasource.username=" + TestPostgres.USER,
                        "spring.datasource.password=" + TestPostgres.PASSWORD)
                .applyTo(context.getEnvironment());
    }
}
