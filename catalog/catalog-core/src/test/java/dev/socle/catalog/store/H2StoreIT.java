package dev.socle.catalog.store;

import dev.socle.catalog.H2Catalog;

@H2Catalog
class H2StoreIT extends StoreBehaviour {}
