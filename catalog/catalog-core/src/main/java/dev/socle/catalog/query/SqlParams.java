package dev.socle.catalog.query;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Named parameters of one generated statement: each value gets a fresh name. */
final class SqlParams {

    private final MapSqlParameterSource source = new MapSqlParameterSource();
    private int next;

    /** Registers the value and returns its placeholder, e.g. {@code :p3}. */
    String add(Object value) {
        String name = "p" + next++;
        source.addValue(name, value);
        return ":" + name;
    }

    MapSqlParameterSource source() {
        return source;
    }
}
