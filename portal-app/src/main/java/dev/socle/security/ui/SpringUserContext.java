package dev.socle.security.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.socle.security.LocalAccount;
import dev.socle.security.LocalAccountService;
import dev.socle.security.Roles;
import dev.socle.security.UserPreferenceService;
import dev.socle.shell.ColorScheme;
import dev.socle.shell.SignedInUser;
import dev.socle.shell.UserContext;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The shell's view of the signed-in person, backed by Spring Security's context and local accounts. */
@Component
class SpringUserContext implements UserContext {

    private final AuthenticationContext authentication;
    private final LocalAccountService accounts;
    private final UserPreferenceService preferences;

    SpringUserContext(
            AuthenticationContext authentication, LocalAccountService accounts, UserPreferenceService preferences) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.preferences = preferences;
    }

    @Override
    public Optional<SignedInUser> currentUser() {
        return authentication.getAuthenticatedUser(UserDetails.class).map(details -> {
            String displayName = accounts.find(details.getUsername())
                    .map(LocalAccount::displayName)
                    .orElse(details.getUsername());
            return new SignedInUser(details.getUsername(), displayName, authentication.hasRole(Roles.ADMIN));
        });
    }

    @Override
    public ColorScheme colorScheme() {
        return authentication.getPrincipalName().map(preferences::colorScheme).orElse(ColorScheme.LIGHT);
    }

    @Override
    public void rememberColorScheme(ColorScheme scheme) {
        authentication.getPrincipalName().ifPresent(name -> preferences.rememberColorScheme(name, scheme));
    }

    @Override
    public void signOut() {
        authentication.logout();
    }
}
