/**
 * Reading location sources: parsing targets, the reading policy, and git and file readers. Façade: {@link
 * dev.socle.catalog.ingest.LocationReader}. Uses only the catalog's API types; never the store, the index or queries.
 */
@NullMarked
package dev.socle.catalog.ingest;

import org.jspecify.annotations.NullMarked;
