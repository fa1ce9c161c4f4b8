package dev.socle.catalog;

import org.springframework.context.annotation.Import;

@H2Catalog
@Import(IngestionTestConfiguration.class)
class H2IngestionIT extends IngestionBehaviour {}
