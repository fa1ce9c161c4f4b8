package dev.socle.catalog.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Raw repeated query parameters. Spring splits a single {@code List<String>} parameter on commas, but Backstage
 * puts commas inside one value ({@code filter=kind=component,spec.type=service} is one filter set;
 * {@code orderField=metadata.name,asc} is one sort key), so these are read as sent.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static List<String> all(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }
}
