package dev.socle.catalog.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs paged queries with keyset pagination: each page is one indexed query ordered by the sort expressions and
 * the entity ref, starting strictly after (or before) the cursor's row; no OFFSET. The total is counted once, for
 * the first page, and carried in the cursors.
 */
@Component
class EntityPager {

    private final NamedParameterJdbcTemplate jdbc;
    private final FullTextMatcher fullText;

    EntityPager(NamedParameterJdbcTemplate jdbc, FullTextMatcher fullText) {
        this.jdbc = jdbc;
        this.fullText = fullText;
    }

    EntityPage page(EntityQuery query) {
        PageCursor cursor = query.cursor() == null ? null : PageCursor.decode(query.cursor());
        PageCursor shape = cursor != null ? cursor : new PageCursor(query.filter(), query.orderFields(),
                query.fullTextTerm(), query.effectiveFullTextFields(), List.of(), "", false, 0);
        long total = cursor != null ? cursor.totalItems() : count(shape);
        boolean backwards = cursor != null && cursor.backwards();
        List<Row> rows = fetch(shape, cursor, backwards, query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<Row> page = new ArrayList<>(rows.subList(0, Math.min(rows.size(), query.limit())));
        if (backwards) {
            Collections.reverse(page);
        }
        if (page.isEmpty()) {
            return new EntityPage(List.of(), total, null, null);
        }
        boolean hasNext = backwards ? cursor != null : more;
        boolean hasPrev = backwards ? more : cursor != null;
        String next = hasNext ? boundary(shape, page.getLast(), false, total) : null;
        String prev = hasPrev ? boundary(shape, page.getFirst(), true, total) : null;
        return new EntityPage(page.stream().map(Row::entity).toList(), total, next, prev);
    }

    private long count(PageCursor shape) {
        SqlParams params = new SqlParams();
        String sql = "select count(*) from catalog_entity e where " + where(shape, params);
        Long count = jdbc.queryForObject(sql, params.source(), Long.class);
        return count == null ? 0 : count;
    }

    private List<Row> fetch(PageCursor shape, @Nullable PageCursor position, boolean backwards, int limit) {
        SqlParams params = new SqlParams();
        List<OrderField> order = shape.orderFields();
        StringBuilder select = new StringBuilder("select " + StoredEntityMapper.COLUMNS + ", e.entity_ref");
        StringBuilder orderBy = new StringBuilder(" order by ");
        for (int i = 0; i < order.size(); i++) {
            boolean ascending = ascending(order.get(i), backwards);
            select.append(", ").append(EntitySql.sortExpression(order.get(i).field(), params)).append(" as sort")
                    .append(i);
            orderBy.append("sort").append(i).append(ascending ? " asc nulls last, " : " desc nulls first, ");
        }
        orderBy.append("e.entity_ref").append(backwards ? " desc" : " asc");
        String where = where(shape, params);
        if (position != null) {
            where += " and " + keyset(position, backwards, params);
        }
        String sql = select + " from catalog_entity e where " + where + orderBy + " limit " + limit;
        return jdbc.query(sql, params.source(), (row, index) -> {
            List<@Nullable String> values = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                values.add(row.getString("sort" + i));
            }
            return new Row(StoredEntityMapper.INSTANCE.mapRow(row, index), values, row.getString("entity_ref"));
        });
    }

    private String where(PageCursor shape, SqlParams params) {
        String where = EntitySql.filter(shape.filter(), params);
        if (shape.fullTextTerm() != null) {
            where += " and " + fullText.condition(shape.fullTextTerm(), shape.fullTextFields(), params);
        }
        return where;
    }

    /** Rows strictly after the cursor's row in the effective order (lexicographic over the sort keys and ref). */
    private static String keyset(PageCursor position, boolean backwards, SqlParams params) {
        List<String> disjuncts = new ArrayList<>();
        List<String> equalSoFar = new ArrayList<>();
        List<OrderField> order = position.orderFields();
        for (int i = 0; i < order.size(); i++) {
            String expression = EntitySql.sortExpression(order.get(i).field(), params);
            String value = position.values().get(i);
            String after = after(expression, value, ascending(order.get(i), backwards), params);
            if (after != null) {
                List<String> terms = new ArrayList<>(equalSoFar);
                terms.add(after);
                disjuncts.add("(" + String.join(" and ", terms) + ")");
            }
            equalSoFar.add(value == null ? expression + " is null" : expression + " = " + params.add(value));
        }
        List<String> last = new ArrayList<>(equalSoFar);
        last.add("e.entity_ref " + (backwards ? "<" : ">") + " " + params.add(position.ref()));
        disjuncts.add("(" + String.join(" and ", last) + ")");
        return "(" + String.join(" or ", disjuncts) + ")";
    }

    private static @Nullable String after(String expression, @Nullable String value, boolean ascending,
            SqlParams params) {
        if (ascending) {
            return value == null ? null : "(" + expression + " > " + params.add(value) + " or " + expression
                    + " is null)";
        }
        return value == null ? expression + " is not null" : expression + " < " + params.add(value);
    }

    private static boolean ascending(OrderField field, boolean backwards) {
        return (field.direction() == SortDirection.ASC) != backwards;
    }

    private static String boundary(PageCursor shape, Row row, boolean backwards, long total) {
        return new PageCursor(shape.filter(), shape.orderFields(), shape.fullTextTerm(), shape.fullTextFields(),
                row.values(), row.ref(), backwards, total).encode();
    }

    private record Row(StoredEntity entity, List<@Nullable String> values, String ref) {
    }
}
