/** Reading the catalog: entities by ref or uid, filtered and paged queries, facets and history. */
@NullMarked
@NamedInterface("query")
package dev.socle.catalog.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
