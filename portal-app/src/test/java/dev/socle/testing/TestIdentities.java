package dev.socle.testing;

/** Credentials the integration tests configure; never used outside tests. */
public final class TestIdentities {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-password-0123";
    /** A service token with the CATALOG_EDITOR role: it may register locations and delete entities. */
    public static final String SERVICE_TOKEN = "it-service-token-0123456789abcdef";

    public static final String SERVICE_SUBJECT = "ci-pipeline";
    /** A service token without roles: it may read the catalog, validate and refresh, but change nothing. */
    public static final String READER_TOKEN = "it-reader-token-0123456789abcdef0";

    public static final String READER_SUBJECT = "dashboard";
    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef00";
    public static final String ADMIN_TOKEN_SUBJECT = "prometheus";

    private TestIdentities() {}
}
