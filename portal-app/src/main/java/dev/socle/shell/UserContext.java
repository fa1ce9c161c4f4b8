package dev.socle.shell;

import java.util.Optional;

/**
 * The shell's view of the signed-in person. The security module implements it, so the shell,
 * which sits below security, never depends on it.
 */
public interface UserContext {

    Optional<SignedInUser> currentUser();

    /** The colour scheme the current user chose last, light when they never chose. */
    ColorScheme colorScheme();

    /** Remembers the current user's colour scheme for their next visit, on any device. */
    void rememberColorScheme(ColorScheme scheme);

    /** Ends the session and returns the browser to the login page. */
    void signOut();
}
