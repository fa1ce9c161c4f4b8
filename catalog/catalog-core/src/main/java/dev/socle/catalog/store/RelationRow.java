package dev.socle.catalog.store;

/**
 * A row of {@code catalog_relation}.
 *
 * @param sourceRef lower-cased ref of the entity the relation starts from
 * @param type relation type
 * @param targetRef ref of the target, kind and namespace lower-cased, name as written
 * @param emittedByRef lower-cased ref of the entity whose ingestion produced the row
 */
public record RelationRow(String sourceRef, String type, String targetRef, String emittedByRef) {
}
