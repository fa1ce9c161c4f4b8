package dev.socle.catalog.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Batched writes of {@code catalog_search}. */
@Repository
public class SearchIndex {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public SearchIndex(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Drops every row of the given entities. */
    public void deleteAll(Collection<UUID> entities) {
        for (List<UUID> chunk : Chunks.of(entities)) {
            named.update("delete from catalog_search where entity_uid in (:uids)", Map.of("uids", chunk));
        }
    }

    /** Drops exactly the given rows. */
    public void delete(List<SearchRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("delete from catalog_search where entity_uid = ? and search_key = ? and search_value = ?"
                + " and original_value = ?", rows, Chunks.BATCH, (statement, row) -> {
                    statement.setObject(1, row.entityUid());
                    statement.setString(2, row.key());
                    statement.setString(3, row.value());
                    statement.setString(4, row.originalValue());
                });
    }

    public void insert(List<SearchRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into catalog_search (entity_uid, search_key, search_value, original_value)"
                + " values (?, ?, ?, ?)", rows, Chunks.BATCH, (statement, row) -> {
                    statement.setObject(1, row.entityUid());
                    statement.setString(2, row.key());
                    statement.setString(3, row.value());
                    statement.setString(4, row.originalValue());
                });
    }
}
