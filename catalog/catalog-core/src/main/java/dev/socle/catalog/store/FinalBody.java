package dev.socle.catalog.store;

import tools.jackson.databind.node.ObjectNode;

/**
 * An entity as served, with its etag.
 *
 * @param tree the body, including {@code metadata.etag}
 * @param json the body as stored text
 * @param etag the hash of the body without the etag
 */
record FinalBody(ObjectNode tree, String json, String etag) {}
