package dev.socle.catalog.model;

import dev.socle.plugin.InvalidInputException;

/** A JSON tree that does not have the shape of a Backstage entity. */
public class InvalidEntityException extends InvalidInputException {

    public InvalidEntityException(String message) {
        super(message);
    }
}
