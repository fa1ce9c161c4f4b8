package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads and batched writes of {@code catalog_relation}, one row per edge. Every row is emitted by one of its two
 * ends, so the rows of an emitter are found through the source and target indexes, which hold {@link RefKey}s.
 */
@Repository
class RelationRows {

    /** The two ends, each found through the index of its key; a row's emitter is always one of them. */
    private static final List<String> ENDS = List.of("source", "target");

    private final JdbcTemplate jdbc;

    public RelationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entities on which the relations the given entities emitted show: both ends of each of their rows. */
    public Set<String> endsOfRelationsEmittedBy(Collection<String> emitters) {
        Set<String> ends = new HashSet<>();
        if (emitters.isEmpty()) {
            return ends;
        }
        for (String end : ENDS) {
            jdbc.query(
                    "select r.source_ref, r.target_ref, r.inverse_type from " + SqlValues.WANTED_KEYED_REFS
                            + " join catalog_relation r on r." + end + "_key = wanted.ref_key where r." + end
                            + "_ref = wanted.ref and r.emitted_by_ref = wanted.ref",
                    statement -> SqlValues.setKeyedRefs(statement, 1, emitters),
                    row -> {
                        ends.add(row.getString(1));
                        if (row.getString(3) != null) {
                            ends.add(row.getString(2));
                        }
                    });
        }
        return ends;
    }

    /**
     * Deletes the rows the given entities emitted, one indexed statement per emitter and end: a condition on a list
     * of thousands of refs is checked row by row on H2.
     */
    public void deleteEmittedBy(Collection<String> emitters) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(emitters));
        for (String end : ENDS) {
            jdbc.batchUpdate(
                    "delete from catalog_relation where " + end + "_key = ? and " + end + "_ref = ?"
                            + " and emitted_by_ref = ?",
                    distinct,
                    Chunks.BATCH,
                    (statement, emitter) -> {
                        statement.setLong(1, RefKey.of(emitter));
                        statement.setString(2, emitter);
                        statement.setString(3, emitter);
                    });
        }
    }

    /** Deletes the relation rows of those emitters that have no entity row (another location may have stored one). */
    public void deleteEmittedByMissing(Collection<String> emitters) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(emitters));
        for (String end : ENDS) {
            jdbc.batchUpdate(
                    "delete from catalog_relation where " + end + "_key = ? and " + end + "_ref = ?"
                            + " and emitted_by_ref = ? and not exists (select 1 from catalog_entity e where e.entity_ref = ?)",
                    distinct,
                    Chunks.BATCH,
                    (statement, emitter) -> {
                        statement.setLong(1, RefKey.of(emitter));
                        statement.setString(2, emitter);
                        statement.setString(3, emitter);
                        statement.setString(4, emitter);
                    });
        }
    }

    public void insert(List<RelationRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into catalog_relation (source_key, source_ref, source, type, inverse_type, target_key,"
                        + " target_ref, target, emitted_by_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                Chunks.BATCH,
                (statement, row) -> {
                    statement.setLong(1, RefKey.of(row.sourceRef()));
                    statement.setString(2, row.sourceRef());
                    statement.setString(3, row.source());
                    statement.setString(4, row.type());
                    SqlValues.setText(statement, 5, row.inverseType());
                    statement.setLong(6, RefKey.of(row.targetRef()));
                    statement.setString(7, row.targetRef());
                    statement.setString(8, row.target());
                    statement.setString(9, row.emittedByRef());
                });
    }

    /**
     * Every relation shown on each of the given entities, whoever emitted it: the edges that start there, and the
     * inverses of those that end there.
     */
    public Map<String, List<StoredRelation>> outgoing(Collection<String> refs) {
        Map<String, List<StoredRelation>> relations = new HashMap<>();
        if (refs.isEmpty()) {
            return relations;
        }
        jdbc.query(
                "select r.source_ref, r.type, r.target from " + SqlValues.WANTED_KEYED_REFS
                        + " join catalog_relation r on r.source_key = wanted.ref_key where r.source_ref = wanted.ref",
                statement -> SqlValues.setKeyedRefs(statement, 1, refs),
                row -> {
                    relations
                            .computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                            .add(new StoredRelation(row.getString(2), row.getString(3)));
                });
        jdbc.query(
                "select r.target_ref, r.inverse_type, r.source from " + SqlValues.WANTED_KEYED_REFS
                        + " join catalog_relation r on r.target_key = wanted.ref_key where r.target_ref = wanted.ref"
                        + " and r.inverse_type is not null",
                statement -> SqlValues.setKeyedRefs(statement, 1, refs),
                row -> {
                    relations
                            .computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                            .add(new StoredRelation(row.getString(2), row.getString(3)));
                });
        return relations;
    }
}
