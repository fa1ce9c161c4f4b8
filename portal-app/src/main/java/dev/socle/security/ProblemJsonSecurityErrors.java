package dev.socle.security;

import dev.socle.shell.rest.BackstageErrorFields;
import dev.socle.shell.rest.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers failed authentication (401) and authorisation (403) on the API and actuator as problem+json, never as a
 * login page. The caller learns little; the log says why, without the token.
 */
@Component
class ProblemJsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonSecurityErrors.class);

    private final JsonMapper jsonMapper;

    ProblemJsonSecurityErrors(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info(
                "Refused unauthenticated {} {} from {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                exception.getMessage());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"socle\"");
        write(
                request,
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Unauthorized",
                        "Authenticate with an 'Authorization: Bearer <token>' header holding a valid Socle API token."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        log.info(
                "Refused {} {} to {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                request.getUserPrincipal() == null
                        ? "anonymous"
                        : request.getUserPrincipal().getName(),
                exception.getMessage());
        write(
                request,
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "not-allowed",
                        "Forbidden",
                        "Your identity may not do this. Ask a Socle administrator for the role it needs."));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        BackstageErrorFields.addIfApplicable(problem, request);
        response.setStatus(problem.getStatus());
        response.setContentType(BackstageErrorFields.contentType(request).toString());
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
