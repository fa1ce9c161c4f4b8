package dev.socle.shell;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health's {@code db} check reads a real table instead of asking the driver whether the connection is valid: an
 * embedded H2 database that closed itself after a failed write (a full disk) still calls its connections valid while
 * every query fails, so only a query tells. Flyway's history table exists in every Socle database once it started.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    static final String QUERY = "select count(*) from flyway_schema_history";

    /** Replaces Spring Boot's own {@code db} health check (it backs off for a bean of this name). */
    @Bean
    DataSourceHealthIndicator dbHealthContributor(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource, QUERY);
    }
}
