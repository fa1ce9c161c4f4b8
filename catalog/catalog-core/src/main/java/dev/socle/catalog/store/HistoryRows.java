package dev.socle.catalog.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Batched appends to {@code catalog_entity_history}. */
@Repository
public class HistoryRows {

    private final JdbcTemplate jdbc;
    private final HistoryWriters writers;

    public HistoryRows(JdbcTemplate jdbc, HistoryWriters writers) {
        this.jdbc = jdbc;
        this.writers = writers;
    }

    public void append(List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        writers.joinCurrentTransaction();
        jdbc.batchUpdate(
                "insert into catalog_entity_history (entity_ref, uid, changed_at, change, change_trigger,"
                        + " actor, location_id, source_commit, diff, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                Chunks.BATCH,
                (statement, row) -> {
                    statement.setString(1, row.entityRef());
                    statement.setObject(2, row.uid());
                    SqlValues.setInstant(statement, 3, row.changedAt());
                    statement.setString(4, row.change());
                    statement.setString(5, row.trigger());
                    SqlValues.setText(statement, 6, row.actor());
                    SqlValues.setUuid(statement, 7, row.locationId());
                    SqlValues.setText(statement, 8, row.sourceCommit());
                    SqlValues.setText(statement, 9, row.diff());
                    SqlValues.setText(statement, 10, row.body());
                });
    }
}
