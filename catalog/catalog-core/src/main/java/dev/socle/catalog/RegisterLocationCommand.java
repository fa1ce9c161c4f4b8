package dev.socle.catalog;

import dev.socle.plugin.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A location to register.
 *
 * @param type how it is read
 * @param target URL, path or repository to read
 * @param branch git branch, or {@code null} for the default
 * @param path path or glob inside the target, or {@code null}
 * @param origin where the registration comes from
 * @param createdBy who registers it, or {@code null} for configuration
 */
public record RegisterLocationCommand(
        LocationType type,
        String target,
        @Nullable String branch,
        @Nullable String path,
        LocationOrigin origin,
        @Nullable String createdBy) {

    public RegisterLocationCommand {
        if (target.isBlank()) {
            throw new InvalidInputException("A " + type.value() + " location needs a target but got an empty one;"
                    + " give a URL or path such as https://git.example.com/team/repo.");
        }
    }

    public static RegisterLocationCommand of(LocationType type, String target) {
        return new RegisterLocationCommand(type, target, null, null, LocationOrigin.API, null);
    }
}
