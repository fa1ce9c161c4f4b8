package dev.socle.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator at first start. Its password comes from {@code SOCLE_ADMIN_PASSWORD}, or is generated
 * and printed once: this is the only time Socle ever writes a password to the log, because otherwise nobody could
 * sign in to a fresh installation.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final LocalAccountService accounts;
    private final AdminProperties properties;
    private final SecureRandom random = new SecureRandom();

    AdminAccountBootstrap(LocalAccountService accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(properties.username())) {
            return;
        }
        boolean generated = properties.password() == null;
        String password = generated ? generatePassword() : properties.password();
        try {
            accounts.create(new NewLocalAccount(properties.username(), "Administrator", password, Set.of(Roles.ADMIN)));
        } catch (DataIntegrityViolationException alreadyCreatedByAnotherInstance) {
            log.info("Administrator '{}' was created by another Socle instance", properties.username());
            return;
        }
        if (generated) {
            log.warn("""

                    ====================================================================
                     Socle created the administrator account.
                       username: {}
                       password: {}
                     This password is shown only this once. Sign in and keep it safe,
                     or set SOCLE_ADMIN_PASSWORD before the first start next time.
                    ====================================================================""", properties.username(), password);
        } else {
            log.info("Created administrator '{}' with the password from SOCLE_ADMIN_PASSWORD", properties.username());
        }
    }

    private String generatePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
