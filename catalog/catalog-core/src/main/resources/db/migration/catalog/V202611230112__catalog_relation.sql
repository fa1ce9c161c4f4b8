-- Every relation emitted by an ingested entity, in both directions. A row may point at an entity that does
-- not exist yet; it shows up in that entity's relations once it appears. source_ref and emitted_by_ref are
-- lower-cased entity refs; target_ref keeps the name's case as written (kind and namespace lower-cased).
create table catalog_relation (
    source_ref     varchar(1024) not null,
    type           varchar(255)  not null,
    target_ref     varchar(1024) not null,
    emitted_by_ref varchar(1024) not null
);

create index catalog_relation_source_idx on catalog_relation (source_ref);
create index catalog_relation_emitted_by_idx on catalog_relation (emitted_by_ref);
