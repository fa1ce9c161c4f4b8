package dev.socle.shell;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to throw away connections to an embedded H2 database that H2 has closed. H2 closes its
 * database when a write fails (a full disk, an I/O error) and answers every later statement on the old connections
 * with "The database has been closed" (SQL state 90098), which the pool does not recognise as a broken connection.
 * Evicting them makes the next request open a new connection, which reopens the database once the disk has space
 * again, instead of failing until a restart. Other errors keep the pool's own judgement (SQL state class 08 and the
 * like).
 */
public final class BrokenConnectionEviction implements SQLExceptionOverride {

    /** H2's codes for a database it closed or could not keep open: closed, shut down, I/O failures, corruption. */
    private static final Set<Integer> H2_DATABASE_GONE = Set.of(90098, 90121, 90028, 90031, 90030, 90108);

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        for (SQLException current = exception; current != null; current = current.getNextException()) {
            if (H2_DATABASE_GONE.contains(current.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
