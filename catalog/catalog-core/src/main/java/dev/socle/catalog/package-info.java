/** The software catalog: locations, ingestion, entities, relations and queries. */
@NullMarked
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "shell :: rest", "security"})
package dev.socle.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
