package dev.socle.security;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The built-in administrator account, created at first start when it does not exist yet.
 *
 * @param username the administrator's login name
 * @param password the initial password, only read at first start; set it from the environment
 *     ({@code SOCLE_ADMIN_PASSWORD}). When unset, Socle generates one and prints it once in the log
 */
@Validated
@ConfigurationProperties("socle.admin")
public record AdminProperties(
        @DefaultValue("admin")
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{0,62}",
                message = "must be 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,

        @Nullable @Size(min = 12, message = "must be at least 12 characters long")
        String password) {

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (password == null ? "<unset>" : "<redacted>")
                + "]";
    }
}
