package dev.socle.catalog;

@PostgresCatalog
class PostgresEntityStatusIT extends EntityStatusBehaviour {}
