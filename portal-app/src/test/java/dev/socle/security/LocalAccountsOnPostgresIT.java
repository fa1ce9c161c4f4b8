package dev.socle.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

@PostgresIntegrationTest
class LocalAccountsOnPostgresIT extends LocalAccountPersistenceContract {

    @Test
    void runsOnARealPostgresqlServer() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
