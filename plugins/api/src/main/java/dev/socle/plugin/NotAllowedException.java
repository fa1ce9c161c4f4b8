package dev.socle.plugin;

/** The caller may not do this. */
public class NotAllowedException extends SocleException {

    public NotAllowedException(String message) {
        super(message);
    }

    public NotAllowedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "not-allowed";
    }
}
