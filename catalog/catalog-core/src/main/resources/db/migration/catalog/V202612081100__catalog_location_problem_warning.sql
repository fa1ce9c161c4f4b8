-- Problems now also record warnings ('warning'): something read deserves a look but was kept as read (an entity
-- defined twice in one file, a script link, an unknown placeholder). They are listed with the location's problems and
-- on the entity concerned, but do not make the location 'error'.
alter table catalog_location_problem drop constraint catalog_location_problem_kind_check;
alter table catalog_location_problem add constraint catalog_location_problem_kind_check
    check (kind in ('error', 'warning', 'conflict', 'kept', 'orphan'));
