-- The Location entity whose targets led to an entity's file (lower-cased ref), for Backstage's ancestry endpoint;
-- null for entities read straight from a registered location.
alter table catalog_entity add column parent_ref varchar(1024);
