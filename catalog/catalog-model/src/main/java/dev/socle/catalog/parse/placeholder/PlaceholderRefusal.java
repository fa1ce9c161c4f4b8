package dev.socle.catalog.parse.placeholder;

/** Internal signal that a placeholder cannot be resolved; always becomes a problem, never escapes. */
final class PlaceholderRefusal extends RuntimeException {

    PlaceholderRefusal(String message) {
        super(message, null, false, false);
    }
}
