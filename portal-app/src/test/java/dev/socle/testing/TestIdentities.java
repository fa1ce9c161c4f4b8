package dev.socle.testing;

/** Credentials the integration tests configure; never used outside tests. */
public final class TestIdentities {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-password-0123";
    public static final String SERVICE_TOKEN = "it-service-token-0123456789abcdef";
    public static final String SERVICE_SUBJECT = "ci-pipeline";
    public static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef00";
    public static final String ADMIN_TOKEN_SUBJECT = "prometheus";

    private TestIdentities() {
    }
}
