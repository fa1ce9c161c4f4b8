package dev.socle.catalog;

@H2Catalog
class H2WriteIT extends WriteBehaviour {}
