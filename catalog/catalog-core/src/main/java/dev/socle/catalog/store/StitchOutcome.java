package dev.socle.catalog.store;

/**
 * What a stitch wrote.
 *
 * @param created entities served for the first time
 * @param updated re-emitted entities whose served body changed
 * @param orphaned entities newly flagged as orphans
 * @param restitched other entities whose served body changed because their relations did
 */
public record StitchOutcome(int created, int updated, int orphaned, int restitched) {

    public static final StitchOutcome NONE = new StitchOutcome(0, 0, 0, 0);

    public StitchOutcome plus(StitchOutcome other) {
        return new StitchOutcome(
                created + other.created,
                updated + other.updated,
                orphaned + other.orphaned,
                restitched + other.restitched);
    }
}
