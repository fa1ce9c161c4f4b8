package dev.socle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.ConflictException;
import dev.socle.plugin.InvalidInputException;
import dev.socle.shell.ColorScheme;
import dev.socle.testing.TestIdentities;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What local accounts and preferences must do on every supported database, through the real migrations. */
abstract class LocalAccountPersistenceContract {

    @Autowired
    LocalAccountService accounts;

    @Autowired
    UserPreferenceService preferences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void flywayAppliedTheSecurityMigration() {
        var versions =
                jdbc.queryForList("select version from flyway_schema_history where success = true", String.class);

        assertThat(versions).contains("202611230100");
    }

    @Test
    void theAdministratorExistsAfterStartWithTheConfiguredPassword() {
        var admin = accounts.find(TestIdentities.ADMIN_USERNAME).orElseThrow();
        String hash = jdbc.queryForObject(
                "select password_hash from security_user_account where username = ?",
                String.class,
                TestIdentities.ADMIN_USERNAME);

        assertThat(admin.roles()).contains(Roles.ADMIN);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestIdentities.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(TestIdentities.ADMIN_PASSWORD, hash)).isTrue();
    }

    @Test
    void aCreatedAccountIsListedWithTheUserRole() {
        accounts.create(new NewLocalAccount(
                "dana.dev-" + getClass().getSimpleName().length(),
                "Dana Developer",
                "a-long-enough-password",
                Set.of()));

        var listed = accounts.list(PageRequest.of(0, 50, Sort.by("username")));

        assertThat(listed).anySatisfy(account -> {
            assertThat(account.displayName()).isEqualTo("Dana Developer");
            assertThat(account.roles()).containsExactly(Roles.USER);
        });
    }

    @Test
    void creatingAnExistingUsernameIsAConflictThatNamesIt() {
        assertThatThrownBy(() -> accounts.create(new NewLocalAccount(
                        TestIdentities.ADMIN_USERNAME, "Someone", "a-long-enough-password", Set.of())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'admin' already exists");
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingIsStored() {
        long before = accounts.count();

        assertThatThrownBy(() -> accounts.create(new NewLocalAccount("shorty", "Shorty", "short", Set.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aColorSchemeIsRememberedAndCanChangeAgain() {
        assertThat(preferences.colorScheme("erin")).isEqualTo(ColorScheme.LIGHT);

        preferences.rememberColorScheme("erin", ColorScheme.DARK);
        assertThat(preferences.colorScheme("erin")).isEqualTo(ColorScheme.DARK);

        preferences.rememberColorScheme("erin", ColorScheme.LIGHT);
        assertThat(preferences.colorScheme("erin")).isEqualTo(ColorScheme.LIGHT);
    }
}
