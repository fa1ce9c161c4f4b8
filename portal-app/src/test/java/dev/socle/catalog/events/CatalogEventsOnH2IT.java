package dev.socle.catalog.events;

import dev.socle.testing.CatalogEventProbe;
import dev.socle.testing.SocleIntegrationTest;
import org.springframework.context.annotation.Import;

@SocleIntegrationTest
@Import(CatalogEventProbe.class)
class CatalogEventsOnH2IT extends CatalogEventsContract {}
