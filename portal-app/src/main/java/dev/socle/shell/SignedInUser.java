package dev.socle.shell;

import java.util.Objects;

/**
 * Who is using the portal, as far as the shell needs to know.
 *
 * @param username the stable login name
 * @param displayName what the header shows
 * @param admin whether the person holds the admin role
 */
public record SignedInUser(String username, String displayName, boolean admin) {

    public SignedInUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** Up to two letters for the avatar. */
    public String initials() {
        String[] words = displayName.trim().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String second = words.length > 1 && !words[1].isEmpty() ? words[1].substring(0, 1) : "";
        return (first + second).toUpperCase(java.util.Locale.ROOT);
    }
}
