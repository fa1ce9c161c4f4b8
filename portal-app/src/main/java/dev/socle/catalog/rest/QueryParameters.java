package dev.socle.catalog.rest;

import dev.socle.plugin.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Raw repeated query parameters, and whole numbers with an actionable error. Spring splits a single
 * {@code List<String>} parameter on commas, but Backstage puts commas inside one value
 * ({@code filter=kind=component,spec.type=service} is one filter set; {@code orderField=metadata.name,asc} is one
 * sort key), so these are read as sent.
 */
final class QueryParameters {

    private QueryParameters() {}

    static List<String> all(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /**
     * A whole-number parameter, or the default when absent.
     *
     * @throws InvalidInputException when the value is no whole number
     */
    static int integer(String name, @Nullable String value, int absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(
                    name + " '" + value + "' is not a whole number; write e.g. " + name + "=20.", notANumber);
        }
    }
}
