package dev.socle.catalog;

/** What caused a change to the catalog, recorded in each entity's history. */
public enum ChangeTrigger {
    SCHEDULED_REFRESH("scheduled-refresh"),
    ON_DEMAND_REFRESH("on-demand-refresh"),
    API("api"),
    USER("user"),
    STARTUP("startup");

    private final String value;

    ChangeTrigger(String value) {
        this.value = value;
    }

    /** The value stored in the history, e.g. {@code scheduled-refresh}. */
    public String value() {
        return value;
    }

    /**
     * The trigger stored as {@code value}.
     *
     * @throws IllegalArgumentException when no trigger has this value
     */
    public static ChangeTrigger of(String value) {
        for (ChangeTrigger trigger : values()) {
            if (trigger.value.equals(value)) {
                return trigger;
            }
        }
        throw new IllegalArgumentException("Unknown change trigger '" + value
                + "'; expected scheduled-refresh, on-demand-refresh, api, user or startup.");
    }

    @Override
    public String toString() {
        return value;
    }
}
