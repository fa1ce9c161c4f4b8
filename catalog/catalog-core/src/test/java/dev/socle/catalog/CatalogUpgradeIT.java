package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Upgrading a catalog stored with an earlier layout. Relation rows (one row per direction; one row per edge without
 * ref keys) cannot be converted, so every location must be read again at once and every entity rewritten with its
 * relations. When the processed body is dropped, a row that was never stitched keeps its content as its served body.
 * When registered locations become entities, every location is read again so that its entity appears.
 */
class CatalogUpgradeIT {

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

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void droppingTheProcessedBodyServesTheContentOfRowsNeverStitchedAndRereadsThem(String database) {
        onDatabase(database, (dataSource, jdbc) -> {
            migrate(dataSource, "202611231400");
            UUID location = location(jdbc);
            entity(
                    jdbc,
                    location,
                    "component:default/stitched",
                    "{\"kind\":\"Component\"}",
                    "{\"kind\":\"Component\",\"relations\":[]}",
                    "etag-1");
            entity(jdbc, location, "component:default/unstitched", "{\"kind\":\"Component\"}", "", "");

            migrate(dataSource, "latest");

            assertThat(jdbc.queryForList(
                            "select entity_ref, final_body, content_hash from catalog_entity" + " order by entity_ref"))
                    .containsExactly(
                            Map.of(
                                    "entity_ref",
                                    "component:default/stitched",
                                    "final_body",
                                    "{\"kind\":\"Component\",\"relations\":[]}",
                                    "content_hash",
                                    "content-1"),
                            Map.of(
                                    "entity_ref",
                                    "component:default/unstitched",
                                    "final_body",
                                    "{\"kind\":\"Component\"}",
                                    "content_hash",
                                    ""));
            assertThat(jdbc.queryForObject(
                            "select count(*) from information_schema.columns where table_name ="
                                    + " 'catalog_entity' and column_name = 'processed_body'",
                            Integer.class))
                    .isZero();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void servingRegisteredLocationsAsEntitiesQueuesEveryLocationForARead(String database) {
        onDatabase(database, (dataSource, jdbc) -> {
            migrate(dataSource, "202611231500");
            location(jdbc);

            migrate(dataSource, "latest");

            assertThat(jdbc.queryForObject("select content_hash from catalog_location", String.class))
                    .isNull();
            assertThat(jdbc.queryForObject("select next_refresh_at from catalog_location", Timestamp.class)
                            .toInstant())
                    .as("due now")
                    .isBefore(NEXT_CENTURY);
        });
    }

    private static void upgrade(String database, String fromVersion, String oldRelationRows) {
        onDatabase(database, (dataSource, jdbc) -> upgrade(dataSource, jdbc, fromVersion, oldRelationRows));
    }

    private static void onDatabase(String database, BiConsumer<SingleConnectionDataSource, JdbcTemplate> test) {
        SingleConnectionDataSource dataSource = database.equals("h2")
                ? new SingleConnectionDataSource(
                        "jdbc:h2:mem:catalog-upgrade-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "",
                        true)
                : new SingleConnectionDataSource(
                        TestPostgres.newDatabaseUrl(), TestPostgres.USER, TestPostgres.PASSWORD, true);
        try {
            test.accept(dataSource, new JdbcTemplate(dataSource));
        } finally {
            dataSource.destroy();
        }
    }

    private static UUID location(JdbcTemplate jdbc) {
        UUID location = UUID.randomUUID();
        jdbc.update(
                "insert into catalog_location (id, type, target, origin, created_at, status, content_hash,"
                        + " next_refresh_at) values (?, 'url', 'https://git.example.com/org', 'api', ?, 'ok', 'hash-1', ?)",
                location,
                Timestamp.from(NOW),
                Timestamp.from(NEXT_CENTURY));
        return location;
    }

    private static void entity(
            JdbcTemplate jdbc, UUID location, String ref, String processedBody, String finalBody, String etag) {
        jdbc.update(
                "insert into catalog_entity (uid, entity_ref, kind, namespace, name, location_id,"
                        + " processed_body, final_body, etag, content_hash, orphan, created_at, updated_at) values (?, ?,"
                        + " 'component', 'default', ?, ?, ?, ?, ?, 'content-1', false, ?, ?)",
                UUID.randomUUID(),
                ref,
                ref.substring(ref.indexOf('/') + 1),
                location,
                processedBody,
                finalBody,
                etag,
                Timestamp.from(NOW),
                Timestamp.from(NOW));
    }

    private static void upgrade(
            SingleConnectionDataSource dataSource, JdbcTemplate jdbc, String fromVersion, String oldRelationRows) {
        migrate(dataSource, fromVersion);
        entity(jdbc, location(jdbc), "component:default/payments", "{}", "{}", "etag-1");
        jdbc.update(oldRelationRows);

        migrate(dataSource, "latest");

        assertThat(jdbc.queryForObject("select count(*) from catalog_relation", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select content_hash from catalog_entity", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("select content_hash from catalog_location", String.class))
                .isNull();
        assertThat(jdbc.queryForObject("select next_refresh_at from catalog_location", Timestamp.class)
                        .toInstant())
                .as("due now")
                .isBefore(NEXT_CENTURY);
        jdbc.update("insert into catalog_relation (source_key, source_ref, source, type, inverse_type, target_key,"
                + " target_ref, target, emitted_by_ref) values (1, 'component:default/payments',"
                + " 'component:default/payments', 'ownedBy', 'ownerOf', 2, 'group:default/team-a',"
                + " 'group:default/Team-A', 'component:default/payments')");
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/catalog")
                .target(target)
                .load()
                .migrate();
    }
}
