package dev.socle.security;

/** The roles Socle knows today; the SSO issue adds group-based ones. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String USER = "USER";

    private Roles() {
    }
}
