package dev.socle.catalog.events;

import dev.socle.testing.CatalogEventProbe;
import dev.socle.testing.PostgresIntegrationTest;
import org.springframework.context.annotation.Import;

@PostgresIntegrationTest
@Import(CatalogEventProbe.class)
class CatalogEventsOnPostgresIT extends CatalogEventsContract {}
