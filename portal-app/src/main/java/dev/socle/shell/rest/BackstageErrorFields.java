package dev.socle.shell.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Backstage's clients parse errors as {@code {error: {name, message}, request: {method, url}, response: {statusCode}}}
 * and expect {@code application/json}. On the Backstage-compatible APIs Socle adds those fields to its RFC 9457
 * problem, so both kinds of client understand the same body.
 */
public final class BackstageErrorFields {

    private BackstageErrorFields() {}

    /** Whether the request is for an API that Backstage's own clients call. */
    public static boolean appliesTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/catalog") || path.startsWith("/api/scaffolder");
    }

    /** The content type to answer with: Backstage's clients want plain JSON. */
    public static MediaType contentType(HttpServletRequest request) {
        return appliesTo(request) ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }

    /** Adds the Backstage fields when the request is for a Backstage-compatible API; returns the same problem. */
    public static ProblemDetail addIfApplicable(ProblemDetail problem, HttpServletRequest request) {
        if (!appliesTo(request)) {
            return problem;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", errorName(problem.getStatus()));
        error.put("message", problem.getDetail() == null ? String.valueOf(problem.getTitle()) : problem.getDetail());
        String query = request.getQueryString();
        problem.setProperty("error", error);
        problem.setProperty(
                "request",
                Map.of(
                        "method",
                        request.getMethod(),
                        "url",
                        request.getRequestURI() + (query == null ? "" : "?" + query)));
        problem.setProperty("response", Map.of("statusCode", problem.getStatus()));
        return problem;
    }

    static String errorName(int status) {
        return switch (status) {
            case 400 -> "InputError";
            case 401 -> "AuthenticationError";
            case 403 -> "NotAllowedError";
            case 404 -> "NotFoundError";
            case 409 -> "ConflictError";
            case 412 -> "NotModifiedError";
            default -> status >= 500 ? "Error" : "InputError";
        };
    }
}
