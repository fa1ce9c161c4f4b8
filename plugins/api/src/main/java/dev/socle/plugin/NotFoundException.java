package dev.socle.plugin;

import org.jspecify.annotations.Nullable;

/** The thing asked for does not exist. */
public class NotFoundException extends SocleException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "not-found";
    }
}
