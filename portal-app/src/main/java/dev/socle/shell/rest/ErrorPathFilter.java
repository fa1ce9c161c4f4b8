package dev.socle.shell.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /error} is where the servlet container forwards failed requests; asked for directly it has no error to
 * show, and Spring's error controller would answer 500. A direct request gets 404 instead. Forwards (the error
 * dispatch) pass untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErrorPathFilter extends OncePerRequestFilter {

    private final JsonMapper jsonMapper;

    ErrorPathFilter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = Problems.of(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not Found",
                "There is nothing at " + request.getRequestURI() + ". Socle shows errors here only when another page"
                        + " fails; start from the home page.");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
