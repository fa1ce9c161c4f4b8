package dev.socle.catalog;

@H2Catalog
class H2QueryIT extends QueryBehaviour {}
