package dev.socle.plugin;

/** The input is invalid. */
public class InvalidInputException extends SocleException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String problemSlug() {
        return "invalid-input";
    }
}
