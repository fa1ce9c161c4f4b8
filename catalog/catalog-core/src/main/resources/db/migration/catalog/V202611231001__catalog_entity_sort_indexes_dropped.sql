-- Sorting and filtering by kind, namespace, name and title moved to the search index; these indexes only slowed
-- every write down. The columns stay, for operators who query the database by hand.
drop index catalog_entity_kind_idx;
drop index catalog_entity_namespace_idx;
drop index catalog_entity_name_idx;
drop index catalog_entity_title_idx;
