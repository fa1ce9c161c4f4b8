package dev.socle.catalog;

/** What happens to entities a location no longer emits (and whose files did not fail). */
public enum OrphanStrategy {
    /** Keep them, flagged {@code orphan} and annotated {@code backstage.io/orphan: 'true'}, like Backstage. */
    KEEP,
    /** Delete them, with a {@code deleted} history entry. */
    DELETE
}
