package dev.socle.catalog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Binds and reads the column types the catalog uses, the same way on H2 and PostgreSQL. */
final class SqlValues {

    private SqlValues() {}

    static void setText(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /**
     * A table of wanted keys to join against, bound by {@link #setTextArray}. Unlike {@code IN (?, ?, …)}, which H2
     * re-checks against every listed value for each row it fetches, a join compares each row once.
     */
    static final String WANTED_REFS = "unnest(cast(? as varchar array)) as wanted(ref)";

    /** Binds distinct text values as one array parameter, for {@link #WANTED_REFS}. */
    static void setTextArray(PreparedStatement statement, int index, Collection<String> values) throws SQLException {
        statement.setArray(
                index,
                statement.getConnection().createArrayOf("varchar", new LinkedHashSet<>(values).toArray(String[]::new)));
    }

    /**
     * Wanted refs with their {@link RefKey}s, bound by {@link #setKeyedRefs}: join on {@code wanted.ref_key} through
     * an index of keys, then compare {@code wanted.ref}.
     */
    static final String WANTED_KEYED_REFS =
            "unnest(cast(? as bigint array), cast(? as varchar array)) as wanted(ref_key, ref)";

    /** Binds distinct refs and their keys as two array parameters, for {@link #WANTED_KEYED_REFS}. */
    static void setKeyedRefs(PreparedStatement statement, int index, Collection<String> refs) throws SQLException {
        String[] distinct = new LinkedHashSet<>(refs).toArray(String[]::new);
        Long[] keys = new Long[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            keys[i] = RefKey.of(distinct[i]);
        }
        statement.setArray(index, statement.getConnection().createArrayOf("bigint", keys));
        statement.setArray(index + 1, statement.getConnection().createArrayOf("varchar", distinct));
    }

    static void setUuid(PreparedStatement statement, int index, @Nullable UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, timestamp(value));
    }

    static OffsetDateTime timestamp(Instant value) {
        return OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    static @Nullable UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static UUID requiredUuid(ResultSet row, String column) throws SQLException {
        UUID value = row.getObject(column, UUID.class);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is unexpectedly null");
        }
        return value;
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException("Column " + column + " is unexpectedly null");
        }
        return value.toInstant();
    }
}
