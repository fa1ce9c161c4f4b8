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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
