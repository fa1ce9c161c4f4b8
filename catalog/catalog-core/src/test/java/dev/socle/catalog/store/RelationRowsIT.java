package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.testkit.TestPostgres;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Relation rows are looked up by the keys of their ends, but a key shared by another ref never mixes them up. */
class RelationRowsIT {

    private static final String PAYMENTS = "component:default/payments";
    private static final String TEAM = "group:default/team-a";
    private static final String IMPOSTOR = "component:default/impostor";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRowWhoseKeyCollidesWithAnotherRefIsNeitherShownNorDeletedForIt(String database) {
        SingleConnectionDataSource dataSource = database.equals("h2")
                ? new SingleConnectionDataSource(
                        "jdbc:h2:mem:relation-rows-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "",
                        true)
                : new SingleConnectionDataSource(
                        TestPostgres.newDatabaseUrl(), TestPostgres.USER, TestPostgres.PASSWORD, true);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/catalog")
                    .load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            RelationRows relations = new RelationRows(jdbc);
            relations.insert(List.of(
                    new RelationRow(PAYMENTS, PAYMENTS, "ownedBy", "ownerOf", TEAM, "group:default/Team-A", PAYMENTS)));
            // an impostor's row filed under the payments component's key on both ends, as a collision would
            jdbc.update(
                    "insert into catalog_relation (source_key, source_ref, source, type, inverse_type,"
                            + " target_key, target_ref, target, emitted_by_ref) select source_key, ?, ?, 'dependsOn',"
                            + " 'dependencyOf', source_key, ?, ?, ? from catalog_relation",
                    IMPOSTOR,
                    IMPOSTOR,
                    IMPOSTOR,
                    IMPOSTOR,
                    IMPOSTOR);

            assertThat(relations.outgoing(List.of(PAYMENTS)).get(PAYMENTS))
                    .containsExactly(new StoredRelation("ownedBy", "group:default/Team-A"));
            assertThat(relations.outgoing(List.of(TEAM)).get(TEAM))
                    .containsExactly(new StoredRelation("ownerOf", PAYMENTS));
            assertThat(relations.endsOfRelationsEmittedBy(List.of(PAYMENTS))).containsExactlyInAnyOrder(PAYMENTS, TEAM);

            relations.deleteEmittedBy(List.of(IMPOSTOR));
            assertThat(relations.outgoing(List.of(PAYMENTS)).get(PAYMENTS)).hasSize(1);
            relations.deleteEmittedBy(List.of(PAYMENTS));
            assertThat(relations.outgoing(List.of(PAYMENTS, TEAM))).isEmpty();
        } finally {
            dataSource.destroy();
        }
    }
}
