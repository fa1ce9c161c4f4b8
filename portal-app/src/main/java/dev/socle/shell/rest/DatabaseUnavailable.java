package dev.socle.shell.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached or has been closed", as opposed to a bug: no
 * connection within the pool's timeout, a refused or broken connection (SQL state class 08), or H2's closed database.
 * Such requests are answered 503 instead of 500, since Socle reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** H2: database closed, shut down, not found, I/O failures. */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90121, 90028, 90031, 90013, 90146);

    /**
     * The pool's answer on a connection it evicted while in use, e.g. when the rollback after a failed query finds
     * the connection gone; it carries no SQL state.
     */
    private static final String CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {}

    /** Whether the exception, or one of its causes, says the database is unreachable. */
    public static boolean isCause(@Nullable Throwable exception) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (current instanceof CannotCreateTransactionException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof ConnectException
                    || current.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (current instanceof SQLException sql
                    && (H2_CODES.contains(sql.getErrorCode())
                            || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }
}
