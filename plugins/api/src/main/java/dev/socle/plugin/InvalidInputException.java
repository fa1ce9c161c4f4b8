package dev.socle.plugin;

import org.jspecify.annotations.Nullable;

/** The input is invalid. */
public class InvalidInputException extends SocleException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "invalid-input";
    }
}
