/**
 * Catalog storage: JPA entities, Spring Data repositories and the SQL of the write path, all package-private. Façade:
 * {@link dev.socle.catalog.store.CatalogStore}, with the value types its methods take and return; claims on locations
 * go through {@link dev.socle.catalog.store.LocationClaims}. The index feed and queries read {@link
 * dev.socle.catalog.store.HistoryWriters}, {@link dev.socle.catalog.store.HistoryRecord}, {@link
 * dev.socle.catalog.store.ProblemRow} and {@link dev.socle.catalog.store.JsonText}. Uses only the catalog's API
 * types; never the index, which reads what the store writes.
 */
@NullMarked
package dev.socle.catalog.store;

import org.jspecify.annotations.NullMarked;
