package dev.socle.catalog;

import dev.socle.plugin.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How a location is read. */
public enum LocationType {
    URL("url"),
    FILE("file"),
    GIT("git");

    private final String value;

    LocationType(String value) {
        this.value = value;
    }

    /** The stored and displayed value, e.g. {@code url}. */
    public String value() {
        return value;
    }

    public static LocationType of(String value) {
        return Arrays.stream(values())
                .filter(type -> type.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown location type '" + value + "'; use one of "
                        + Arrays.stream(values()).map(LocationType::value).collect(Collectors.joining(", ")) + "."));
    }
}
