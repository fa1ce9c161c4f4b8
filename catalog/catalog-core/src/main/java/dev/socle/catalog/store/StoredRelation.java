package dev.socle.catalog.store;

/**
 * A relation as served in an entity's {@code relations}.
 *
 * @param type relation type, e.g. {@code ownedBy}
 * @param targetRef the target's ref, kind and namespace lower-cased
 */
record StoredRelation(String type, String targetRef) {}
