package dev.socle.catalog.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the catalog held at one moment, read in a few grouped statements.
 *
 * @param at when it was read
 * @param locationsByStatus registered locations per status ({@code ok}, {@code error}, {@code pending})
 * @param entitiesByKind stored entities per kind (lower case)
 * @param problemsByKind recorded problems per kind ({@code error}, {@code conflict}, {@code kept}, {@code orphan})
 * @param lastGoodRead per location, when it was last read without failing as far as the database tells: the last
 *     refresh for locations in status {@code ok}, the registration for the others
 */
record CatalogCounts(
        Instant at,
        Map<String, Long> locationsByStatus,
        Map<String, Long> entitiesByKind,
        Map<String, Long> problemsByKind,
        Map<UUID, Instant> lastGoodRead) {

    CatalogCounts {
        locationsByStatus = Map.copyOf(locationsByStatus);
        entitiesByKind = Map.copyOf(entitiesByKind);
        problemsByKind = Map.copyOf(problemsByKind);
        lastGoodRead = Map.copyOf(lastGoodRead);
    }

    static CatalogCounts none(Instant at) {
        return new CatalogCounts(at, Map.of(), Map.of(), Map.of(), Map.of());
    }
}
