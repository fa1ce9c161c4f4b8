/**
 * Catalog storage: JPA entities, Spring Data repositories and the SQL of the write path (internal). Called by the
 * catalog's coordinators, read by the index feed and queries; uses only the catalog's API types.
 */
@NullMarked
package dev.socle.catalog.store;

import org.jspecify.annotations.NullMarked;
