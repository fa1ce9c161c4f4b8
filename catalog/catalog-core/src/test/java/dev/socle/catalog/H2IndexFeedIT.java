package dev.socle.catalog;

@H2Catalog
class H2IndexFeedIT extends IndexFeedBehaviour {}
