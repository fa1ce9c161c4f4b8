package dev.socle.catalog;

@H2Catalog
class H2EntityStatusIT extends EntityStatusBehaviour {}
