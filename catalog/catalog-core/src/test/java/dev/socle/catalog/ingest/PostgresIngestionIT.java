package dev.socle.catalog.ingest;

import dev.socle.catalog.PostgresCatalog;
import org.springframework.context.annotation.Import;

@PostgresCatalog
@Import(IngestionTestConfiguration.class)
class PostgresIngestionIT extends IngestionBehaviour {}
