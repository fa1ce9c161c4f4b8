package dev.socle.catalog.rest;

import dev.socle.testing.SocleIntegrationTest;

@SocleIntegrationTest
class CatalogIngestionOnH2IT extends CatalogIngestionContract {}
