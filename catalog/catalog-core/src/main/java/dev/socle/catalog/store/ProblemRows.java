package dev.socle.catalog.store;

import dev.socle.catalog.ProblemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The problems of each location's last refresh, and where its orphans were last seen. */
@Repository
class ProblemRows {

    static final int MAX_MESSAGE = 4000;
    private static final String COLUMNS = "file, line, col, message, kind, entity_ref, source_commit";
    private static final RowMapper<ProblemRow> ROW = (row, index) -> new ProblemRow(
            row.getString("file"),
            row.getInt("line"),
            row.getInt("col"),
            row.getString("message"),
            ProblemKind.of(row.getString("kind")),
            row.getString("entity_ref"),
            row.getString("source_commit"));

    private final JdbcTemplate jdbc;

    public ProblemRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(UUID locationId, List<ProblemRow> problems) {
        jdbc.update("delete from catalog_location_problem where location_id = ?", locationId);
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into catalog_location_problem (location_id, file, line, col, message, kind,"
                        + " entity_ref, source_commit) values (?, ?, ?, ?, ?, ?, ?, ?)",
                problems,
                Chunks.BATCH,
                (statement, problem) -> {
                    statement.setObject(1, locationId);
                    statement.setString(2, cap(problem.file(), 1024));
                    statement.setInt(3, problem.line());
                    statement.setInt(4, problem.column());
                    statement.setString(5, cap(problem.message(), MAX_MESSAGE));
                    statement.setString(6, problem.kind().value());
                    SqlValues.setText(statement, 7, problem.entityRef());
                    SqlValues.setText(statement, 8, problem.sourceCommit());
                });
    }

    /** The problems of the location's last read, in the order they were found; orphans are not among them. */
    public List<ProblemRow> of(UUID locationId) {
        return jdbc.query(
                "select " + COLUMNS + " from catalog_location_problem where location_id = ?" + " and kind <> '"
                        + ProblemKind.ORPHAN.value() + "' order by id",
                ROW,
                locationId);
    }

    /** Where each orphan of the location was last seen, by lower-cased entity ref. */
    public Map<String, ProblemRow> orphansOf(UUID locationId) {
        Map<String, ProblemRow> orphans = new LinkedHashMap<>();
        jdbc.query(
                        "select " + COLUMNS + " from catalog_location_problem where location_id = ? and kind = '"
                                + ProblemKind.ORPHAN.value() + "' order by id",
                        ROW,
                        locationId)
                .forEach(row -> orphans.put(row.entityRef(), row));
        return orphans;
    }

    private static String cap(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
