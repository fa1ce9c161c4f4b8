package dev.socle.security;

import dev.socle.plugin.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;

/** A request to create a local account, checked before anything is stored. */
public record NewLocalAccount(String username, String displayName, String password, Set<String> roles) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    static final int MIN_PASSWORD_LENGTH = 12;

    public NewLocalAccount {
        roles = Set.copyOf(roles);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("Username '" + username + "' is not allowed: use 1-63 lower-case letters, "
                    + "digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidInputException("Display name must be 1-200 characters.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "Password is too short: use at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        for (String role : roles) {
            if (!role.equals(Roles.ADMIN) && !role.equals(Roles.USER)) {
                throw new InvalidInputException("Role '" + role + "' does not exist: use ADMIN or USER.");
            }
        }
    }

    @Override
    public String toString() {
        return "NewLocalAccount[username=" + username + ", roles=" + roles + ", password=<redacted>]";
    }
}
