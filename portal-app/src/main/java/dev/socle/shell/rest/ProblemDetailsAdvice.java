package dev.socle.shell.rest;

import dev.socle.plugin.ConflictException;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import dev.socle.plugin.SocleException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Every REST error becomes problem+json: Socle's hierarchy maps to 400/403/404/409, Spring MVC's own
 * errors keep their status, anything else is a 500 whose detail carries an id that is also logged.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(SocleException.class)
    ResponseEntity<ProblemDetail> socleProblem(SocleException exception, HttpServletRequest request) {
        HttpStatus status = statusOf(exception);
        log.debug(
                "{} {} answered {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                status.value(),
                exception.getMessage());
        ProblemDetail problem =
                Problems.of(status, exception.problemSlug(), status.getReasonPhrase(), exception.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problemResponse(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        if (DatabaseUnavailable.isCause(exception)) {
            return databaseUnavailable(exception, request);
        }
        String errorId = UUID.randomUUID().toString();
        log.error("Error {} answering {} {}", errorId, request.getMethod(), request.getRequestURI(), exception);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal Server Error",
                "Socle failed to answer this request. Quote error id " + errorId + " to your administrator.");
        problem.setProperty("errorId", errorId);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problemResponse(problem, request);
    }

    /**
     * The database cannot be reached (PostgreSQL down, no connection within the pool's timeout) or H2 closed it:
     * 503 at once, with the reason logged; the pool reconnects by itself once the database is back.
     */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception, HttpServletRequest request) {
        log.warn(
                "Answered {} {} with 503, the database is unavailable: {}",
                request.getMethod(),
                request.getRequestURI(),
                rootMessage(exception));
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Service Unavailable",
                "The database is unavailable; Socle retries by itself. Try again in a few seconds; if this lasts,"
                        + " check that the database is running and reachable and that its disk has free space.");
        problem.setInstance(URI.create(request.getRequestURI()));
        BackstageErrorFields.addIfApplicable(problem, request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(BackstageErrorFields.contentType(request))
                .body(problem);
    }

    /**
     * An unreadable body: too large (413, see {@link RequestBodyTooLargeException}), nested deeper than the JSON
     * reader allows (400 naming the limit), or not JSON at all (400 with the parser's reason).
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        ProblemDetail problem;
        Throwable tooLarge = causeOfType(exception, RequestBodyTooLargeException.class);
        Throwable constraint = causeOfType(exception, StreamConstraintsException.class);
        if (tooLarge != null) {
            problem = Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Content Too Large", tooLarge.getMessage());
        } else if (constraint != null) {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    "Bad Request",
                    "The JSON body is nested too deeply or is too long in one place: Socle reads JSON nested at most "
                            + StreamReadConstraints.defaults().getMaxNestingDepth()
                            + " levels deep. Flatten the document. (" + firstLine(constraint.getMessage()) + ")");
        } else if (String.valueOf(exception.getMessage()).startsWith("Required request body is missing")) {
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    "Bad Request",
                    "The request has no body. Send a JSON object with Content-Type: application/json.");
        } else {
            String reason = causeOfType(exception, tools.jackson.core.JacksonException.class)
                            instanceof tools.jackson.core.JacksonException json
                    ? json.getOriginalMessage()
                    : firstLine(exception.getMessage());
            problem = Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    "Bad Request",
                    "The request body could not be read as JSON: " + reason
                            + ". Send a JSON object with Content-Type: application/json.");
        }
        problem.setInstance(URI.create(servlet.getRequestURI()));
        log.debug(
                "{} {} sent an unreadable body: {}", servlet.getMethod(), servlet.getRequestURI(), problem.getDetail());
        return handleExceptionInternal(
                exception, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static @Nullable Throwable causeOfType(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return current;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Spring MVC's own errors (405, 415, missing parameters...) get the same treatment. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode statusCode,
            WebRequest webRequest) {
        ResponseEntity<Object> response =
                super.handleExceptionInternal(exception, body, headers, statusCode, webRequest);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && webRequest instanceof ServletWebRequest servlet) {
            BackstageErrorFields.addIfApplicable(problem, servlet.getRequest());
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .contentType(BackstageErrorFields.contentType(servlet.getRequest()))
                    .body(problem);
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem, HttpServletRequest request) {
        BackstageErrorFields.addIfApplicable(problem, request);
        return ResponseEntity.status(problem.getStatus())
                .contentType(BackstageErrorFields.contentType(request))
                .body(problem);
    }

    private static HttpStatus statusOf(SocleException exception) {
        return switch (exception) {
            case InvalidInputException ignored -> HttpStatus.BAD_REQUEST;
            case NotAllowedException ignored -> HttpStatus.FORBIDDEN;
            case NotFoundException ignored -> HttpStatus.NOT_FOUND;
            case ConflictException ignored -> HttpStatus.CONFLICT;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
