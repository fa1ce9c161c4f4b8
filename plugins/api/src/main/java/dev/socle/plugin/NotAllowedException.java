package dev.socle.plugin;

import org.jspecify.annotations.Nullable;

/** The caller may not do this. */
public class NotAllowedException extends SocleException {

    public NotAllowedException(String message) {
        super(message);
    }

    public NotAllowedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "not-allowed";
    }
}
