package dev.socle.catalog;

@PostgresCatalog
class PostgresWriteIT extends WriteBehaviour {}
