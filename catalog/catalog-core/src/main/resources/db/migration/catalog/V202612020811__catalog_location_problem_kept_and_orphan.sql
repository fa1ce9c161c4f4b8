-- Problems now also record, per entity, that it was kept at its last good version because its file failed ('kept':
-- the file's own problems are the rows of the same location and file without an entity), and where an orphan was
-- last seen ('orphan': file and commit). Orphan rows are not problems of the location: they do not make it 'error'.
alter table catalog_location_problem drop constraint catalog_location_problem_kind_check;
alter table catalog_location_problem add constraint catalog_location_problem_kind_check
    check (kind in ('error', 'conflict', 'kept', 'orphan'));
