package dev.socle.catalog;

@PostgresCatalog
class PostgresIndexFeedIT extends IndexFeedBehaviour {}
