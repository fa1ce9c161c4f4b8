package dev.socle.catalog.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query.
 *
 * @param items the entities of this page, in order
 * @param totalItems how many entities match the query in all, counted when the first page was read
 * @param nextCursor cursor of the following page, or {@code null} on the last page
 * @param prevCursor cursor of the preceding page, or {@code null} on the first page
 */
public record EntityPage(
        List<StoredEntity> items,
        long totalItems,
        @Nullable String nextCursor,
        @Nullable String prevCursor) {

    public EntityPage {
        items = List.copyOf(items);
    }
}
