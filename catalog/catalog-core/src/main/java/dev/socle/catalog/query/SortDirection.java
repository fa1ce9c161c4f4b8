package dev.socle.catalog.query;

/** Sort direction of an order field. Ascending puts entities without the field last, descending first. */
public enum SortDirection {
    ASC,
    DESC
}
