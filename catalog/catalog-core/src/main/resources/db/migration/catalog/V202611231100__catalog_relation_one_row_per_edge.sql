-- One row per relation edge instead of one per direction: the inverse (ownerOf for ownedBy, ...) is shown on the
-- target when it is stitched, from inverse_type. This halves the rows and index entries every ingestion writes.
-- source_ref and target_ref are lower-cased lookup keys; source and target keep the names' case as written (kind
-- and namespace lower-cased). emitted_by_ref is always one of the two ends.
-- The old rows kept the source lower-cased only, so they cannot be converted. Instead every location is read again
-- at once: clearing the content hashes makes that refresh rewrite every entity's relation rows. Served bodies stay
-- as they were stitched until then, and the refresh stitches them unchanged.
drop table catalog_relation;

create table catalog_relation (
    source_ref     varchar(1024) not null,
    source         varchar(1024) not null,
    type           varchar(255)  not null,
    inverse_type   varchar(255),
    target_ref     varchar(1024) not null,
    target         varchar(1024) not null,
    emitted_by_ref varchar(1024) not null
);

create index catalog_relation_source_idx on catalog_relation (source_ref);
create index catalog_relation_target_idx on catalog_relation (target_ref);

update catalog_entity set content_hash = '';
update catalog_location set content_hash = null, next_refresh_at = current_timestamp;
