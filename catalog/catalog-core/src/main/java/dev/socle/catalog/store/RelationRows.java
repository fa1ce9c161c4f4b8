package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and batched writes of {@code catalog_relation}. */
@Repository
public class RelationRows {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public RelationRows(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** The sources of every relation the given entities emitted. */
    public Set<String> sourcesEmittedBy(Collection<String> emitters) {
        Set<String> sources = new HashSet<>();
        if (!emitters.isEmpty()) {
            jdbc.query("select distinct r.source_ref from " + SqlValues.WANTED_REFS
                    + " join catalog_relation r on r.emitted_by_ref = wanted.ref",
                    statement -> SqlValues.setTextArray(statement, 1, emitters),
                    row -> {
                        sources.add(row.getString(1));
                    });
        }
        return sources;
    }

    public void deleteEmittedBy(Collection<String> emitters) {
        for (List<String> chunk : Chunks.of(emitters)) {
            named.update("delete from catalog_relation where emitted_by_ref in (:refs)", Map.of("refs", chunk));
        }
    }

    /** Deletes the relation rows of those emitters that have no entity row (another location may have stored one). */
    public void deleteEmittedByMissing(Collection<String> emitters) {
        for (List<String> chunk : Chunks.of(emitters)) {
            named.update("delete from catalog_relation where emitted_by_ref in (:refs) and not exists"
                    + " (select 1 from catalog_entity e where e.entity_ref = catalog_relation.emitted_by_ref)",
                    Map.of("refs", chunk));
        }
    }

    public void insert(List<RelationRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into catalog_relation (source_ref, type, target_ref, emitted_by_ref)"
                + " values (?, ?, ?, ?)", rows, Chunks.BATCH, (statement, row) -> {
                    statement.setString(1, row.sourceRef());
                    statement.setString(2, row.type());
                    statement.setString(3, row.targetRef());
                    statement.setString(4, row.emittedByRef());
                });
    }

    /** Every relation starting at each of the given entities, whoever emitted it. */
    public Map<String, List<StoredRelation>> outgoing(Collection<String> sources) {
        Map<String, List<StoredRelation>> relations = new HashMap<>();
        if (sources.isEmpty()) {
            return relations;
        }
        jdbc.query("select r.source_ref, r.type, r.target_ref from " + SqlValues.WANTED_REFS
                + " join catalog_relation r on r.source_ref = wanted.ref",
                statement -> SqlValues.setTextArray(statement, 1, sources), row -> {
                    relations.computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                            .add(new StoredRelation(row.getString(2), row.getString(3)));
                });
        return relations;
    }
}
