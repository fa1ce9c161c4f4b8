package dev.socle.catalog.index;

import dev.socle.catalog.store.HistoryWriters;
import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Objects;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tells when every transaction that was open at some moment has ended. The index feed uses it to decide that a gap
 * in the history ids will never be filled: the row was rolled back, not merely committed late.
 *
 * <p>On PostgreSQL it asks the server, so it covers every instance sharing the database; a transaction's id is
 * assigned by its first write, and the catalog writes entity rows before it appends their history. Elsewhere (the
 * embedded H2 database, which one process owns) it counts this process's history writers.
 */
interface TransactionHorizon {

    /** A mark that {@link #endedBefore()} reaches once every transaction open now has ended. */
    long mark();

    /** Every transaction below the returned mark has ended. */
    long endedBefore();

    static TransactionHorizon of(JdbcTemplate jdbc, HistoryWriters writers) {
        String product = Objects.requireNonNull(jdbc.execute((ConnectionCallback<String>) connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName();
        }));
        if (product.toLowerCase(Locale.ROOT).contains("postgresql")) {
            return new TransactionHorizon() {
                @Override
                public long mark() {
                    return snapshot("pg_snapshot_xmax");
                }

                @Override
                public long endedBefore() {
                    return snapshot("pg_snapshot_xmin");
                }

                private long snapshot(String bound) {
                    Long value = jdbc.queryForObject(
                            "select " + bound + "(pg_current_snapshot())::text::bigint", Long.class);
                    return Objects.requireNonNull(value);
                }
            };
        }
        return new TransactionHorizon() {
            @Override
            public long mark() {
                return writers.mark();
            }

            @Override
            public long endedBefore() {
                return writers.endedBefore();
            }
        };
    }
}
