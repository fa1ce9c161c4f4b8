package dev.socle.catalog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bulk reads and batched writes of {@code catalog_entity}. */
@Repository
class EntityRows {

    private static final String STATE_COLUMNS = "uid, entity_ref, location_id, content_hash, orphan, source_file";
    private static final String ROW_COLUMNS =
            STATE_COLUMNS + ", managed_by_location, managed_by_origin_location," + " final_body, etag, created_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public EntityRows(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public Map<String, EntityState> statesOfLocation(UUID locationId) {
        Map<String, EntityState> states = new HashMap<>();
        jdbc.query(
                "select " + STATE_COLUMNS + " from catalog_entity where location_id = ?",
                row -> {
                    EntityState state = state(row);
                    states.put(state.ref(), state);
                },
                locationId);
        return states;
    }

    public Map<String, EntityState> statesOf(Collection<String> refs) {
        Map<String, EntityState> states = new HashMap<>();
        if (!refs.isEmpty()) {
            jdbc.query(
                    "select " + STATE_COLUMNS + " from " + SqlValues.WANTED_REFS
                            + " join catalog_entity on entity_ref = wanted.ref",
                    statement -> SqlValues.setTextArray(statement, 1, refs),
                    row -> {
                        EntityState state = state(row);
                        states.put(state.ref(), state);
                    });
        }
        return states;
    }

    public Optional<EntityState> stateOf(UUID uid) {
        return jdbc
                .query(
                        "select " + STATE_COLUMNS + " from catalog_entity where uid = ?",
                        (row, index) -> state(row),
                        uid)
                .stream()
                .findFirst();
    }

    public Map<String, StoredEntityRow> rowsOf(Collection<String> refs) {
        Map<String, StoredEntityRow> rows = new HashMap<>();
        if (!refs.isEmpty()) {
            jdbc.query(
                    "select " + ROW_COLUMNS + " from " + SqlValues.WANTED_REFS
                            + " join catalog_entity on entity_ref = wanted.ref",
                    statement -> SqlValues.setTextArray(statement, 1, refs),
                    row -> {
                        StoredEntityRow stored = storedRow(row);
                        rows.put(stored.ref(), stored);
                    });
        }
        return rows;
    }

    public void insert(List<EntityWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into catalog_entity (kind, namespace, name, title, location_id, source_file,"
                        + " managed_by_location, managed_by_origin_location, final_body, etag, content_hash, orphan,"
                        + " updated_at, created_at, entity_ref, uid, parent_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)",
                writes,
                Chunks.BATCH,
                EntityRows::bind);
    }

    /**
     * Writes the stitched served body of existing entities, with the hash of the content it was assembled from,
     * each only if its etag is still the one the stitch read: a concurrent stitch of the same entity (another
     * location's snapshot) must not be overwritten by a body computed from older relations.
     *
     * @param previousEtags the etag each entity had when read, in the order of {@code writes}
     * @return for each write, whether it was applied
     */
    public boolean[] updateServed(List<ServedBody> writes, List<String> previousEtags) {
        boolean[] applied = new boolean[writes.size()];
        if (writes.isEmpty()) {
            return applied;
        }
        List<Integer> positions =
                java.util.stream.IntStream.range(0, writes.size()).boxed().toList();
        int[][] counts = jdbc.batchUpdate(
                "update catalog_entity set final_body = ?, etag = ?, orphan = ?,"
                        + " updated_at = ?, content_hash = ? where entity_ref = ? and uid = ? and etag = ?",
                positions,
                Chunks.BATCH,
                (statement, position) -> {
                    ServedBody write = writes.get(position);
                    statement.setString(1, write.body());
                    statement.setString(2, write.etag());
                    statement.setBoolean(3, write.orphan());
                    SqlValues.setInstant(statement, 4, write.updatedAt());
                    statement.setString(5, write.contentHash());
                    statement.setString(6, write.ref());
                    statement.setObject(7, write.uid());
                    statement.setString(8, previousEtags.get(position));
                });
        int position = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                // a driver that cannot tell (SUCCESS_NO_INFO) is taken at its word
                applied[position++] = count != 0;
            }
        }
        return applied;
    }

    /**
     * Writes the lookup and ownership columns of existing entities whose content changed, leaving the served body
     * to the stitch. Their content hash is cleared until then, so that a snapshot that fails before the stitch is
     * read again in full by the next refresh.
     */
    public void updateContent(List<EntityWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "update catalog_entity set kind = ?, namespace = ?, name = ?, title = ?, location_id = ?,"
                        + " source_file = ?, managed_by_location = ?, managed_by_origin_location = ?, content_hash = '',"
                        + " orphan = ?, updated_at = ?, parent_ref = ? where entity_ref = ? and uid = ?",
                writes,
                Chunks.BATCH,
                (statement, write) -> {
                    bindContent(statement, write);
                    statement.setBoolean(9, write.orphan());
                    SqlValues.setInstant(statement, 10, write.updatedAt());
                    SqlValues.setText(statement, 11, write.parentRef());
                    statement.setString(12, write.ref());
                    statement.setObject(13, write.uid());
                });
    }

    public void delete(Collection<UUID> uids) {
        for (List<UUID> chunk : Chunks.of(uids)) {
            named.update("delete from catalog_entity where uid in (:uids)", Map.of("uids", chunk));
        }
    }

    private static void bind(PreparedStatement statement, EntityWrite write) throws SQLException {
        bindContent(statement, write);
        statement.setString(9, write.finalBody());
        statement.setString(10, write.etag());
        statement.setString(11, write.contentHash());
        statement.setBoolean(12, write.orphan());
        SqlValues.setInstant(statement, 13, write.updatedAt());
        SqlValues.setInstant(statement, 14, write.createdAt());
        statement.setString(15, write.ref());
        statement.setObject(16, write.uid());
        SqlValues.setText(statement, 17, write.parentRef());
    }

    /** Parameters 1 to 8, shared by inserts and content updates: lookup columns and origin. */
    private static void bindContent(PreparedStatement statement, EntityWrite write) throws SQLException {
        statement.setString(1, write.kind());
        statement.setString(2, write.namespace());
        statement.setString(3, write.name());
        SqlValues.setText(statement, 4, write.title());
        SqlValues.setUuid(statement, 5, write.locationId());
        SqlValues.setText(statement, 6, write.sourceFile());
        SqlValues.setText(statement, 7, write.managedByLocation());
        SqlValues.setText(statement, 8, write.managedByOriginLocation());
    }

    private static EntityState state(ResultSet row) throws SQLException {
        return new EntityState(
                SqlValues.requiredUuid(row, "uid"),
                row.getString("entity_ref"),
                SqlValues.uuid(row, "location_id"),
                row.getString("content_hash"),
                row.getBoolean("orphan"),
                row.getString("source_file"));
    }

    private static StoredEntityRow storedRow(ResultSet row) throws SQLException {
        return new StoredEntityRow(
                SqlValues.requiredUuid(row, "uid"),
                row.getString("entity_ref"),
                SqlValues.uuid(row, "location_id"),
                row.getString("source_file"),
                row.getString("managed_by_location"),
                row.getString("managed_by_origin_location"),
                row.getString("final_body"),
                row.getString("etag"),
                row.getString("content_hash"),
                row.getBoolean("orphan"),
                SqlValues.instant(row, "created_at"));
    }
}
