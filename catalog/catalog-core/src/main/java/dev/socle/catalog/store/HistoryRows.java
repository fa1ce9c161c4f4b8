package dev.socle.catalog.store;

import dev.socle.catalog.ChangeTrigger;
import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.EntityChange;
import dev.socle.catalog.model.EntityRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Batched appends to {@code catalog_entity_history}. Every change to a served entity goes through here, so this is
 * also where the changes are published, as {@link EntitiesChanged} events of the transaction that appends them.
 */
@Repository
class HistoryRows {

    private final JdbcTemplate jdbc;
    private final HistoryWriters writers;
    private final ApplicationEventPublisher events;

    public HistoryRows(JdbcTemplate jdbc, HistoryWriters writers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writers = writers;
        this.events = events;
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
        publish(rows);
    }

    /** One event per kind of change (and trigger and actor), each of at most {@link EntitiesChanged#MAX_REFS}. */
    private void publish(List<HistoryRow> rows) {
        Map<Changed, List<EntityRef>> byChange = new LinkedHashMap<>();
        for (HistoryRow row : rows) {
            byChange.computeIfAbsent(
                            new Changed(EntityChange.of(row.change()), ChangeTrigger.of(row.trigger()), row.actor()),
                            changed -> new ArrayList<>())
                    .add(EntityRef.parse(row.entityRef()));
        }
        byChange.forEach((changed, refs) -> {
            for (int from = 0; from < refs.size(); from += EntitiesChanged.MAX_REFS) {
                events.publishEvent(new EntitiesChanged(
                        changed.change(),
                        refs.subList(from, Math.min(refs.size(), from + EntitiesChanged.MAX_REFS)),
                        changed.trigger(),
                        changed.actor()));
            }
        });
    }

    private record Changed(
            EntityChange change,
            ChangeTrigger trigger,
            @Nullable String actor) {}
}
