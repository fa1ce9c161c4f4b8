package dev.socle.catalog.model;

import dev.socle.plugin.InvalidInputException;

/** An entity reference that cannot be read as {@code [kind:][namespace/]name} or {@code {kind, namespace, name}}. */
public class InvalidEntityRefException extends InvalidInputException {

    public InvalidEntityRefException(String message) {
        super(message);
    }
}
