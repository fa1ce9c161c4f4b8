-- Flattened, lower-cased key/value pairs of each entity's final body for filtering, sorting and facets,
-- like Backstage's search table. Values are capped at 200 characters; original_value keeps the case.
-- No foreign key: the write path deletes an entity's rows itself, and bulk inserts stay cheaper without the check.
create table catalog_search (
    entity_uid     uuid         not null,
    search_key     varchar(200) not null,
    search_value   varchar(200) not null,
    original_value varchar(200) not null
);

create index catalog_search_key_value_idx on catalog_search (search_key, search_value, entity_uid);
create index catalog_search_entity_idx on catalog_search (entity_uid);
