package dev.socle.catalog.rest;

import dev.socle.testing.PostgresIntegrationTest;

@PostgresIntegrationTest
class CatalogIngestionOnPostgresIT extends CatalogIngestionContract {}
