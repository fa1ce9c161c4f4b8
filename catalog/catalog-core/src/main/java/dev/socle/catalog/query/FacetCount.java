package dev.socle.catalog.query;

/**
 * How many matching entities have one value of a facet.
 *
 * @param value the value as written in an entity (values differing only in case are counted together)
 * @param count how many entities have it
 */
public record FacetCount(String value, long count) {}
