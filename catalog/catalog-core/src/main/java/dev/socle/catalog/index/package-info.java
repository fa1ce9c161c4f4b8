/**
 * The catalog's search index: the Lucene documents of served entities and the feed that keeps them in step with the
 * database. {@link dev.socle.catalog.index.CatalogIndexFeed} is what the catalog's coordinators use; query code reads
 * through {@link dev.socle.catalog.index.CatalogIndex#search} with the fields of {@link
 * dev.socle.catalog.index.EntityDocuments}.
 */
@NullMarked
package dev.socle.catalog.index;

import org.jspecify.annotations.NullMarked;
