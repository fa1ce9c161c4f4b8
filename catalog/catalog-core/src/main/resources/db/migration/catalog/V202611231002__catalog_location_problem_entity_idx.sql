-- Serving an entity looks up the problems recorded about it (status.items); refs are stored lower-cased.
create index catalog_location_problem_entity_idx on catalog_location_problem (entity_ref);
