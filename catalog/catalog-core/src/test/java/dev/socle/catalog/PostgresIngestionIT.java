package dev.socle.catalog;

import org.springframework.context.annotation.Import;

@PostgresCatalog
@Import(IngestionTestConfiguration.class)
class PostgresIngestionIT extends IngestionBehaviour {}
