package dev.socle.catalog;

import dev.socle.catalog.testkit.TestPostgres;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh database on the testkit's embedded PostgreSQL server. */
class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embedded-postgres",
                        Map.of(
                                "spring.datasource.url", TestPostgres.newDatabaseUrl(),
                                "spring.datasource.username", TestPostgres.USER,
                                "spring.datasource.password", TestPostgres.PASSWORD)));
    }
}
