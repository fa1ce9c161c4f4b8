/**
 * Reading the catalog: entities by ref or uid, filtered and paged queries, facets and history. Façade: {@link
 * dev.socle.catalog.query.CatalogQueries}. Reads the index and the store; never ingestion.
 */
@NullMarked
@NamedInterface("query")
package dev.socle.catalog.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
