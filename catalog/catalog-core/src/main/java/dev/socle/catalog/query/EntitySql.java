package dev.socle.catalog.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SQL over {@code catalog_entity e}: filter conditions (indexed columns for kind, namespace, name and uid, EXISTS
 * semi-joins on {@code catalog_search (search_key, search_value, entity_uid)} for the rest) and sort expressions.
 */
final class EntitySql {

    private static final Map<String, String> COLUMNS = Map.of(
            "kind", "e.kind",
            "metadata.namespace", "e.namespace",
            "metadata.name", "e.name");
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "kind", "e.kind",
            "metadata.namespace", "e.namespace",
            "metadata.name", "e.name",
            "metadata.title", "e.title");

    private EntitySql() {
    }

    static String filter(EntityFilter filter, SqlParams params) {
        if (filter.matchesAll()) {
            return "1 = 1";
        }
        List<String> alternatives = new ArrayList<>();
        for (Map<String, Set<String>> alternative : filter.anyOf()) {
            List<String> conditions = new ArrayList<>();
            alternative.forEach((key, values) -> conditions.add(condition(key, values, params)));
            alternatives.add(conditions.isEmpty() ? "1 = 1" : "(" + String.join(" and ", conditions) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    private static String condition(String key, Set<String> values, SqlParams params) {
        if (key.equals("metadata.uid")) {
            return uidCondition(values, params);
        }
        String column = COLUMNS.get(key);
        if (column != null) {
            return values.isEmpty() ? "1 = 1" : column + " in (" + params.add(List.copyOf(values)) + ")";
        }
        String exists = "exists (select 1 from catalog_search s where s.entity_uid = e.uid and s.search_key = "
                + params.add(key);
        return values.isEmpty() ? exists + ")"
                : exists + " and s.search_value in (" + params.add(List.copyOf(values)) + "))";
    }

    private static String uidCondition(Set<String> values, SqlParams params) {
        if (values.isEmpty()) {
            return "1 = 1";
        }
        List<UUID> uids = new ArrayList<>();
        for (String value : values) {
            try {
                uids.add(UUID.fromString(value));
            } catch (IllegalArgumentException notAUuid) {
                // a value that is no uid matches no entity
            }
        }
        return uids.isEmpty() ? "1 = 0" : "e.uid in (" + params.add(uids) + ")";
    }

    /** The value an entity is sorted by for the field: a column, or its smallest search value for that key. */
    static String sortExpression(String field, SqlParams params) {
        String column = SORT_COLUMNS.get(field);
        if (column != null) {
            return column;
        }
        return "(select min(o.search_value) from catalog_search o where o.entity_uid = e.uid and o.search_key = "
                + params.add(field) + ")";
    }
}
