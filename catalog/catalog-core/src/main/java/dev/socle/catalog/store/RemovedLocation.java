package dev.socle.catalog.store;

/**
 * A location unregistered by {@link CatalogStore#removeLocation}.
 *
 * @param managedByValue its {@code type:target}
 * @param entities how many of its entities were deleted
 */
public record RemovedLocation(String managedByValue, int entities) {}
