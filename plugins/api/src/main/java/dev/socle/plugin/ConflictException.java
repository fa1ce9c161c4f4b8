package dev.socle.plugin;

import org.jspecify.annotations.Nullable;

/** The request conflicts with the current state. */
public class ConflictException extends SocleException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "conflict";
    }
}
