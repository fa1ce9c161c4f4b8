package dev.socle.shell.rest;

import java.io.IOException;

/**
 * A request body larger than Socle accepts. An {@link IOException}, so that it passes through the JSON reader that
 * was consuming the body when the limit was crossed; {@link ProblemDetailsAdvice} answers it with 413.
 */
public final class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super(message(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The detail shown to the caller: the limit and the setting that raises it. */
    public static String message(long limit) {
        return "The request body is larger than " + limit + " bytes, the most Socle accepts on /api. Send less (for"
                + " entities/by-refs, fewer refs per call), or raise socle.api.max-request-body"
                + " (SOCLE_API_MAXREQUESTBODY).";
    }
}
