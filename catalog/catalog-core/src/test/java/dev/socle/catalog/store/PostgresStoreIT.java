package dev.socle.catalog.store;

import dev.socle.catalog.PostgresCatalog;

@PostgresCatalog
class PostgresStoreIT extends StoreBehaviour {}
