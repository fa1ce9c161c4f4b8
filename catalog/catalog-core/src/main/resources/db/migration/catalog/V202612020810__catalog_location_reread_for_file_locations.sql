-- Entities now name the file they were read from in backstage.io/managed-by-location (the registered location stays
-- in backstage.io/managed-by-origin-location) and, for url locations, get backstage.io/source-location. A location
-- whose source has not changed is not read again, so every location is read once more now.
update catalog_location set content_hash = null, next_refresh_at = current_timestamp;
