-- Each registered location is now also served as Backstage's generated Location entity, emitted when the location
-- is read. A location whose source has not changed is not read again, so every location is read once more now.
update catalog_location set content_hash = null, next_refresh_at = current_timestamp;
