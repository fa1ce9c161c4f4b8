package dev.socle.catalog.rest;

import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.OrderField;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks the entities of a query page by page with the cursor, so that Backstage's legacy list can answer any number
 * of entities, from any offset, while holding at most one page of them in memory.
 */
final class EntityWalk {

    /** Entities read, projected and written at a time. */
    static final int BATCH = 256;

    private final CatalogQueries queries;
    private final int window;

    EntityWalk(CatalogQueries queries) {
        this(queries, EntityQuery.MAX_WINDOW);
    }

    /** A walk that skips at most {@code window} matches per query (tests use a small one). */
    EntityWalk(CatalogQueries queries, int window) {
        this.queries = queries;
        this.window = window;
    }

    /** Where a walk stands: before the first match of a filtered, sorted query, or just after a cursor's row. */
    record Position(
            EntityFilter filter,
            List<OrderField> orderFields,
            @Nullable String cursor) {

        static Position first(EntityFilter filter, List<OrderField> orderFields) {
            return new Position(filter, orderFields, null);
        }

        static Position after(String cursor) {
            return new Position(EntityFilter.all(), List.of(), cursor);
        }

        EntityQuery query(int limit, int offset) {
            return cursor == null
                    ? EntityQuery.of(filter, orderFields, limit, offset)
                    : EntityQuery.page(cursor, limit, offset);
        }
    }

    /**
     * The position after the next {@code count} matches, reached in steps no deeper than the window
     * ({@link EntityQuery#MAX_WINDOW}); empty when no match follows them (the walk would end there).
     */
    Optional<Position> skip(Position from, long count) {
        Position position = from;
        long left = count;
        while (left > 0) {
            int step = (int) Math.min(left, window);
            EntityPage landing = queries.query(position.query(1, step - 1));
            if (landing.items().isEmpty() || landing.nextCursor() == null) {
                return Optional.empty();
            }
            position = Position.after(landing.nextCursor());
            left -= step;
        }
        return Optional.of(position);
    }

    /** The first page of at most {@code size} (1 to {@link EntityQuery#MAX_LIMIT}) matches at the position. */
    EntityPage page(Position from, int size) {
        return queries.query(from.query(size, 0));
    }

    /** The page that follows one whose {@code nextCursor} is given. */
    EntityPage next(String nextCursor, int size) {
        return queries.query(EntityQuery.page(nextCursor, size));
    }
}
