package dev.socle.catalog;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The scale harness on PostgreSQL. */
@PostgresCatalog
@EnabledIfSystemProperty(named = "socle.scale", matches = "postgres")
class PostgresCatalogScaleIT extends CatalogScaleBehaviour {}
