package dev.socle.catalog.store;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The problems of each location's last refresh. */
@Repository
public class ProblemRows {

    private static final int MAX_MESSAGE = 4000;

    private final JdbcTemplate jdbc;

    public ProblemRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(UUID locationId, List<ProblemRow> problems) {
        jdbc.update("delete from catalog_location_problem where location_id = ?", locationId);
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into catalog_location_problem (location_id, file, line, col, message, kind,"
                + " entity_ref, source_commit) values (?, ?, ?, ?, ?, ?, ?, ?)", problems, Chunks.BATCH,
                (statement, problem) -> {
                    statement.setObject(1, locationId);
                    statement.setString(2, cap(problem.file(), 1024));
                    statement.setInt(3, problem.line());
                    statement.setInt(4, problem.column());
                    statement.setString(5, cap(problem.message(), MAX_MESSAGE));
                    statement.setString(6, problem.kind());
                    SqlValues.setText(statement, 7, problem.entityRef());
                    SqlValues.setText(statement, 8, problem.sourceCommit());
                });
    }

    public List<ProblemRow> of(UUID locationId) {
        return jdbc.query("select file, line, col, message, kind, entity_ref, source_commit"
                + " from catalog_location_problem where location_id = ? order by id",
                (row, index) -> new ProblemRow(row.getString("file"), row.getInt("line"), row.getInt("col"),
                        row.getString("message"), row.getString("kind"), row.getString("entity_ref"),
                        row.getString("source_commit")), locationId);
    }

    private static String cap(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
