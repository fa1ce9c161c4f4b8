package dev.socle.plugin;

import org.jspecify.annotations.Nullable;

/**
 * Root of Socle's unchecked error hierarchy. Messages say what failed, the value, and what to do;
 * the REST layer maps each subclass to one HTTP status.
 */
public abstract class SocleException extends RuntimeException {

    protected SocleException(String message) {
        super(message);
    }

    protected SocleException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** A stable slug naming the problem, used in problem-details {@code type} URIs. */
    public abstract String problemSlug();
}
