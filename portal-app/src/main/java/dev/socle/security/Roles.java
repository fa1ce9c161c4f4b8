package dev.socle.security;

/** The roles Socle knows today; the SSO issue adds group-based ones. */
public final class Roles {

    /** Administers Socle; implies every other role. */
    public static final String ADMIN = "ADMIN";

    public static final String USER = "USER";
    /**
     * Changes what the catalog reads: registers and unregisters locations (dry runs too), deletes entities and
     * analyses repositories through {@code /api/catalog}. Reading, validating and refreshing need no role.
     */
    public static final String CATALOG_EDITOR = "CATALOG_EDITOR";

    private Roles() {}
}
