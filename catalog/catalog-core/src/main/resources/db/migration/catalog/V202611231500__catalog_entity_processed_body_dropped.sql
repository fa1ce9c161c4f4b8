-- The stitch assembles served bodies from the snapshot's content for new and changed entities, and from the served
-- body itself otherwise, so the processed body is no longer stored: each entity's text is written once instead of
-- twice. A row that was never stitched (etag '') gets its processed body as a stand-in served body and is read
-- again in full at its location's next refresh.
update catalog_entity set final_body = processed_body, content_hash = '' where etag = '';

alter table catalog_entity drop column processed_body;
