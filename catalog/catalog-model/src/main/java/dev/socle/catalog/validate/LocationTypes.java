package dev.socle.catalog.validate;

import dev.socle.catalog.model.Entity;
import java.util.Optional;

/**
 * Backstage's rule for the targets of a {@code kind: Location} entity: its {@code spec.type} (by default the type of
 * the location it was read through) says how its targets are read, and a relative target is resolved against the
 * file only when that type is the one the file was read with; otherwise the target is handed, as written, to the
 * reader of the other type. Socle reads a Location's targets only inside the location being read, so a Location
 * whose type differs is not followed, with a warning.
 */
public final class LocationTypes {

    private LocationTypes() {}

    /**
     * Why the Location's targets are not followed, when its {@code spec.type} differs from the type its file was read
     * with.
     *
     * @param location a valid entity of kind Location
     * @param readAs the type of the registered location its file was read through, e.g. {@code url}
     */
    public static Optional<String> notFollowed(Entity location, String readAs) {
        String type = location.spec().path("type").asString("");
        if (type.isBlank() || type.equals(readAs)) {
            return Optional.empty();
        }
        return Optional.of("Location " + location.ref() + " has spec.type '" + type + "' but was read through a"
                + " location of type '" + readAs + "', so its targets are not read: Backstage resolves relative"
                + " targets only for a Location of the type its file was read with, and hands the others as written"
                + " to the '" + type + "' reader, which Socle does not run inside a location. Remove spec.type (it"
                + " defaults to '" + readAs + "'), set it to '" + readAs + "', or register the target as a location"
                + " of its own.");
    }
}
