package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Upgrading the relation table, on a catalog stored with an earlier layout (one row per direction; one row per edge
 * without ref keys): the old rows cannot be converted, so every location must be read again at once and every
 * entity rewritten with its relations.
 */
class RelationRowsMigrationIT {

    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private static final Instant NEXT_CENTURY = Instant.parse("2100-01-01T00:00:00Z");

    private static final String ROW_PER_DIRECTION = "insert into catalog_relation (source_ref, type, target_ref,"
            + " emitted_by_ref) values ('component:default/payments', 'ownedBy', 'group:default/Team-A',"
            + " 'component:default/payments'), ('group:default/team-a', 'ownerOf', 'component:default/payments',"
            + " 'component:default/payments')";
    private static final String ROW_PER_EDGE = "insert into catalog_relation (source_ref, source, type, inverse_type,"
            + " target_ref, target, emitted_by_ref) values ('component:default/payments', 'component:default/payments',"
            + " 'ownedBy', 'ownerOf', 'group:default/team-a', 'group:default/Team-A', 'component:default/payments')";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void upgradingFromRowsPerDirectionQueuesEveryLocationForARereadThatRewritesEveryEntity(String database) {
        upgrade(database, "202611231003", ROW_PER_DIRECTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void upgradingFromRowsWithoutRefKeysQueuesEveryLocationForARereadThatRewritesEveryEntity(String database) {
        upgrade(database, "202611231100", ROW_PER_EDGE);
    }

    private static void upgrade(String database, String fromVersion, String oldRelationRows) {
        SingleConnectionDataSource dataSource = database.equals("h2")
                ? new SingleConnectionDataSource("jdbc:h2:mem:relation-migration-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true)
                : new SingleConnectionDataSource(EmbeddedPostgresInitializer.newDatabase(), "postgres", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            upgrade(dataSource, jdbc, fromVersion, oldRelationRows);
        } finally {
            dataSource.destroy();
        }
    }

    private static void upgrade(SingleConnectionDataSource dataSource, JdbcTemplate jdbc, String fromVersion,
            String oldRelationRows) {
        migrate(dataSource, fromVersion);
        UUID location = UUID.randomUUID();
        jdbc.update("insert into catalog_location (id, type, target, origin, created_at, status, content_hash,"
                + " next_refresh_at) values (?, 'url', 'https://git.example.com/org', 'api', ?, 'ok', 'hash-1', ?)",
                location, Timestamp.from(NOW), Timestamp.from(NEXT_CENTURY));
        jdbc.update("insert into catalog_entity (uid, entity_ref, kind, namespace, name, location_id,"
                + " processed_body, final_body, etag, content_hash, orphan, created_at, updated_at) values (?,"
                + " 'component:default/payments', 'component', 'default', 'payments', ?, '{}', '{}', 'etag-1',"
                + " 'content-1', false, ?, ?)", UUID.randomUUID(), location, Timestamp.from(NOW),
                Timestamp.from(NOW));
        jdbc.update(oldRelationRows);

        migrate(dataSource, "latest");

        assertThat(jdbc.queryForObject("select count(*) from catalog_relation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select content_hash from catalog_entity", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select content_hash from catalog_location", String.class)).isNull();
        assertThat(jdbc.queryForObject("select next_refresh_at from catalog_location", Timestamp.class)
                .toInstant()).as("due now").isBefore(NEXT_CENTURY);
        jdbc.update("insert into catalog_relation (source_key, source_ref, source, type, inverse_type, target_key,"
                + " target_ref, target, emitted_by_ref) values (1, 'component:default/payments',"
                + " 'component:default/payments', 'ownedBy', 'ownerOf', 2, 'group:default/team-a',"
                + " 'group:default/Team-A', 'component:default/payments')");
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/catalog").target(target).load()
                .migrate();
    }
}
