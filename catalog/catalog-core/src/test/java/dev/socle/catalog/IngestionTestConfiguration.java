package dev.socle.catalog;

import dev.socle.catalog.ingest.LocationReader;
import dev.socle.catalog.metrics.CatalogMetrics;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * Adds ingestion (reading sources, {@link CatalogService}, the scheduled refresh without a scheduler) and the metrics
 * it records to the store.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = {LocationReader.class, CatalogMetrics.class})
@Import({CatalogService.class, ScheduledLocationRefresh.class})
class IngestionTestConfiguration {}
