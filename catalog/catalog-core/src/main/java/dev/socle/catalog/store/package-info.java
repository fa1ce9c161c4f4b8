/** Catalog storage: JPA entities, Spring Data repositories and the SQL of the write path (internal). */
@NullMarked
package dev.socle.catalog.store;

import org.jspecify.annotations.NullMarked;
