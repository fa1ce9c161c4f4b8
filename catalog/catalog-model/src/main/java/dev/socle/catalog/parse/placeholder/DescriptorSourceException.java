package dev.socle.catalog.parse.placeholder;

import dev.socle.plugin.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A file next to a descriptor could not be read; the message names the file and what to check. */
public class DescriptorSourceException extends InvalidInputException {

    public DescriptorSourceException(String message) {
        super(message);
    }

    public DescriptorSourceException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
