-- Entities as ingested (processed_body) and as served (final_body, with uid, etag, managed-by annotations
-- and relations). entity_ref, kind, namespace, name and title are lower-cased lookup and sort columns; the
-- bodies keep the original case. Bodies are varchar(10000000): inline text on both H2 and PostgreSQL.
create table catalog_entity (
    uid                        uuid                     not null primary key,
    entity_ref                 varchar(1024)            not null,
    kind                       varchar(255)             not null,
    namespace                  varchar(255)             not null,
    name                       varchar(255)             not null,
    title                      varchar(255),
    location_id                uuid references catalog_location (id),
    source_file                varchar(1024),
    managed_by_location        varchar(2100),
    managed_by_origin_location varchar(2100),
    processed_body             varchar(10000000)        not null,
    final_body                 varchar(10000000)        not null,
    etag                       varchar(64)              not null,
    content_hash               varchar(64)              not null,
    orphan                     boolean                  not null,
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    constraint catalog_entity_ref_unique unique (entity_ref)
);

create index catalog_entity_location_idx on catalog_entity (location_id);
create index catalog_entity_kind_idx on catalog_entity (kind, entity_ref);
create index catalog_entity_namespace_idx on catalog_entity (namespace, entity_ref);
create index catalog_entity_name_idx on catalog_entity (name, entity_ref);
create index catalog_entity_title_idx on catalog_entity (title, entity_ref);
