package dev.socle.catalog.index;

/**
 * A key and value an entity can be filtered, sorted and faceted by.
 *
 * @param key lower-cased dotted path, e.g. {@code spec.type}
 * @param value lower-cased value, capped
 * @param originalValue the value as written, capped
 */
public record SearchTerm(String key, String value, String originalValue) {}
