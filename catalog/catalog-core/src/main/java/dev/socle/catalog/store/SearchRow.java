package dev.socle.catalog.store;

import java.util.UUID;

/**
 * A row of {@code catalog_search}.
 *
 * @param entityUid the entity
 * @param key lower-cased dotted path, e.g. {@code spec.type}
 * @param value lower-cased value, capped
 * @param originalValue the value as written, capped
 */
public record SearchRow(UUID entityUid, String key, String value, String originalValue) {
}
