package dev.socle.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at a fresh database on the embedded PostgreSQL server. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + PostgresDatabase.newDatabaseUrl(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=")
                .applyTo(context.getEnvironment());
    }
}
