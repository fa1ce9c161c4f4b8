-- Filtering, sorting, facets and full text moved to the embedded Lucene index, which follows
-- catalog_entity_history; the flattened search table is no longer written or read.
drop table catalog_search;
