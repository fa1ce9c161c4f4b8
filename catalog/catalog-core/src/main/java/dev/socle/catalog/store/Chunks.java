package dev.socle.catalog.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits large key sets into chunks that fit one {@code IN (...)} list. */
final class Chunks {

    /**
     * Keys per {@code IN} list: few enough that H2, which checks each fetched row against the list one by one,
     * stays fast, and many enough to keep round trips few.
     */
    static final int SIZE = 250;

    /** Rows per JDBC batch. */
    static final int BATCH = 1000;

    private Chunks() {}

    static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
