package dev.socle.catalog;

/** Where a location registration came from. */
public enum LocationOrigin {
    /** Declared in the application configuration. */
    CONFIG("config"),
    /** Registered through the API or the UI. */
    API("api");

    private final String value;

    LocationOrigin(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
