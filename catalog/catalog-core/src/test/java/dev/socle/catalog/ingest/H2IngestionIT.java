package dev.socle.catalog.ingest;

import dev.socle.catalog.H2Catalog;
import org.springframework.context.annotation.Import;

@H2Catalog
@Import(IngestionTestConfiguration.class)
class H2IngestionIT extends IngestionBehaviour {}
