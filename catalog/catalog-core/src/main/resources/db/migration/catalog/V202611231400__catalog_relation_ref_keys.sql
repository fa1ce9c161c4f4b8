-- Relation rows are found by a 64-bit key of each end's lower-cased ref (RefKey) instead of the ref: an index of
-- longs is a fraction of the size of one of refs that share long prefixes, and much cheaper to search and to write.
-- Lookups compare the refs too, so key collisions cannot mix entities up.
-- The keys are computed in Java, so the old rows cannot be converted here. As in V202611231100, every location is
-- read again at the next refresh instead, which writes every entity's relation rows anew; served bodies stay as
-- they were stitched until then.
drop table catalog_relation;

create table catalog_relation (
    source_key     bigint        not null,
    source_ref     varchar(1024) not null,
    source         varchar(1024) not null,
    type           varchar(255)  not null,
    inverse_type   varchar(255),
    target_key     bigint        not null,
    target_ref     varchar(1024) not null,
    target         varchar(1024) not null,
    emitted_by_ref varchar(1024) not null
);

create index catalog_relation_source_idx on catalog_relation (source_key);
create index catalog_relation_target_idx on catalog_relation (target_key);

update catalog_entity set content_hash = '';
update catalog_location set content_hash = null, next_refresh_at = current_timestamp;
