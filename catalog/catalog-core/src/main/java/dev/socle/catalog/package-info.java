/**
 * The software catalog: locations, ingestion, entities, relations and queries. The root package holds the API types
 * and the coordinators, which sequence the parts through their façades: {@link
 * dev.socle.catalog.ingest.LocationReader}, {@link dev.socle.catalog.store.CatalogStore} (with {@link
 * dev.socle.catalog.store.LocationClaims}), {@link dev.socle.catalog.index.CatalogIndexFeed} and {@link
 * dev.socle.catalog.query.CatalogQueries}.
 */
@NullMarked
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "shell :: rest", "security"})
package dev.socle.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
