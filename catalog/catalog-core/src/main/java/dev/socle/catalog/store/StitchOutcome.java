package dev.socle.catalog.store;

/**
 * What a stitch wrote.
 *
 * @param created entities inserted
 * @param updated drafted entities whose served body changed
 * @param orphaned entities newly flagged as orphans
 * @param restitched other entities whose served body changed because their relations did
 */
public record StitchOutcome(int created, int updated, int orphaned, int restitched) {
}
