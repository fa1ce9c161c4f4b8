package dev.socle.catalog.query;

import dev.socle.plugin.InvalidInputException;
import java.util.Locale;

/**
 * One sort key of a query.
 *
 * @param field a search key such as {@code metadata.name}, {@code kind}, {@code metadata.title} or
 *     {@code spec.lifecycle}; lower-cased
 * @param direction ascending or descending
 */
public record OrderField(String field, SortDirection direction) {

    public OrderField {
        if (field.isBlank()) {
            throw new InvalidInputException(
                    "An order field needs a field name but got an empty one;" + " write e.g. metadata.name,asc.");
        }
        field = field.trim().toLowerCase(Locale.ROOT);
    }

    public static OrderField asc(String field) {
        return new OrderField(field, SortDirection.ASC);
    }

    public static OrderField desc(String field) {
        return new OrderField(field, SortDirection.DESC);
    }

    /** Parses Backstage's {@code orderField} parameter, {@code field[,asc|desc]}. */
    public static OrderField parse(String parameter) {
        String[] parts = parameter.split(",", -1);
        if (parts.length > 2) {
            throw new InvalidInputException("Malformed order field '" + parameter
                    + "'; write field,asc or field,desc, e.g. metadata.name,asc.");
        }
        if (parts.length == 1 || parts[1].equalsIgnoreCase("asc")) {
            return asc(parts[0]);
        }
        if (parts[1].equalsIgnoreCase("desc")) {
            return desc(parts[0]);
        }
        throw new InvalidInputException(
                "Unknown sort direction '" + parts[1] + "' in order field '" + parameter + "'; use asc or desc.");
    }
}
