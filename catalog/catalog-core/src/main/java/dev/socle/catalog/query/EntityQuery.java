package dev.socle.catalog.query;

import dev.socle.plugin.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A filtered, sorted, paged query. With a {@link #cursor()}, the filter, order and full-text settings come from
 * the cursor and those given here are ignored; only the limit applies.
 *
 * @param filter which entities
 * @param orderFields sort keys, then the entity ref as tie-breaker; empty sorts by entity ref
 * @param limit page size, 1 to {@value #MAX_LIMIT}
 * @param cursor a {@code nextCursor} or {@code prevCursor} from a previous page, or {@code null} for the first page
 * @param fullTextTerm case-insensitive term the entity must contain, or {@code null}
 * @param fullTextFields fields the term is looked for in; empty means {@link #DEFAULT_FULL_TEXT_FIELDS}
 * @param offset how many matching entities to skip before the page starts (after the cursor, if any); 0 or more,
 *     and {@code offset + limit} at most {@value #MAX_WINDOW}: deeper positions are reached by skipping in steps,
 *     each from the cursor of the previous one
 */
public record EntityQuery(
        EntityFilter filter,
        List<OrderField> orderFields,
        int limit,
        @Nullable String cursor,
        @Nullable String fullTextTerm,
        List<String> fullTextFields,
        int offset) {

    public static final int MAX_LIMIT = 10_000;
    /** The deepest an offset page may reach: {@code offset + limit}. */
    public static final int MAX_WINDOW = 100_000;

    public static final List<String> DEFAULT_FULL_TEXT_FIELDS =
            List.of("metadata.name", "metadata.title", "metadata.tags", "spec.profile.displayname");

    public EntityQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + " but is " + limit
                    + "; page through larger results with the cursor.");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset must be zero or more but is " + offset
                    + "; give the number of matching entities to skip, e.g. offset=20.");
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new InvalidInputException("offset + limit must be at most " + MAX_WINDOW + " but is "
                    + ((long) offset + limit) + "; narrow the filter, or page with the cursor of the previous page"
                    + " instead of an offset.");
        }
        orderFields = List.copyOf(orderFields);
        fullTextFields = fullTextFields.stream()
                .map(field -> field.trim().toLowerCase(Locale.ROOT))
                .filter(field -> !field.isEmpty())
                .toList();
        fullTextTerm = fullTextTerm == null || fullTextTerm.isBlank() ? null : fullTextTerm.trim();
    }

    /** A query without offset. */
    public EntityQuery(
            EntityFilter filter,
            List<OrderField> orderFields,
            int limit,
            @Nullable String cursor,
            @Nullable String fullTextTerm,
            List<String> fullTextFields) {
        this(filter, orderFields, limit, cursor, fullTextTerm, fullTextFields, 0);
    }

    /** The first page of entities matching the filter, sorted by the given fields. */
    public static EntityQuery of(EntityFilter filter, List<OrderField> orderFields, int limit) {
        return of(filter, orderFields, limit, 0);
    }

    /** The page of entities matching the filter, sorted by the given fields, that starts after {@code offset}. */
    public static EntityQuery of(EntityFilter filter, List<OrderField> orderFields, int limit, int offset) {
        return new EntityQuery(filter, orderFields, limit, null, null, List.of(), offset);
    }

    /** The page a cursor points at. */
    public static EntityQuery page(String cursor, int limit) {
        return page(cursor, limit, 0);
    }

    /** The page that starts {@code offset} matching entities after the position a cursor points at. */
    public static EntityQuery page(String cursor, int limit, int offset) {
        return new EntityQuery(EntityFilter.all(), List.of(), limit, cursor, null, List.of(), offset);
    }

    public List<String> effectiveFullTextFields() {
        return fullTextFields.isEmpty() ? DEFAULT_FULL_TEXT_FIELDS : fullTextFields;
    }
}
