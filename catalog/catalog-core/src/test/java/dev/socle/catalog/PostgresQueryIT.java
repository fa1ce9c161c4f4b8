package dev.socle.catalog;

@PostgresCatalog
class PostgresQueryIT extends QueryBehaviour {}
