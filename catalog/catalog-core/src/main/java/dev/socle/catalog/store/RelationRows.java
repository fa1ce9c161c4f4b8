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
        for (List<String> chunk : Chunks.of(emitters)) {
            sources.addAll(named.queryForList("select distinct source_ref from catalog_relation"
                    + " where emitted_by_ref in (:refs)", Map.of("refs", chunk), String.class));
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
        for (List<String> chunk : Chunks.of(sources)) {
            named.query("select source_ref, type, target_ref from catalog_relation where source_ref in (:refs)",
                    Map.of("refs", chunk), row -> {
                        relations.computeIfAbsent(row.getString("source_ref"), key -> new ArrayList<>())
                                .add(new StoredRelation(row.getString("type"), row.getString("target_ref")));
                    });
        }
        return relations;
    }
}
