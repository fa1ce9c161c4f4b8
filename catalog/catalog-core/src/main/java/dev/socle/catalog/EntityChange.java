package dev.socle.catalog;

/** How an entity changed, as its history records it. */
public enum EntityChange {
    /** The entity is served for the first time. */
    CREATED("created"),
    /** Its served body changed: its descriptor, or its relations because a neighbour changed. */
    UPDATED("updated"),
    /** Its location no longer emits it; it is still served, flagged {@code backstage.io/orphan}. */
    ORPHANED("orphaned"),
    /** It is no longer served. */
    DELETED("deleted");

    private final String value;

    EntityChange(String value) {
        this.value = value;
    }

    /** The value stored in the history, e.g. {@code orphaned}. */
    public String value() {
        return value;
    }

    /**
     * The change stored as {@code value}.
     *
     * @throws IllegalArgumentException when no change has this value
     */
    public static EntityChange of(String value) {
        for (EntityChange change : values()) {
            if (change.value.equals(value)) {
                return change;
            }
        }
        throw new IllegalArgumentException("Unknown entity change '" + value
                + "'; expected created, updated, orphaned or deleted. The history row was written by a newer version"
                + " of Socle, or by hand.");
    }
}
