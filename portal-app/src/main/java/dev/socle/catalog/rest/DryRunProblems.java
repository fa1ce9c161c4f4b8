package dev.socle.catalog.rest;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.shell.rest.BackstageErrorFields;
import dev.socle.shell.rest.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The 400 of a dry run that found problems: Backstage answers an {@code InputError} naming the processing errors;
 * Socle's body also lists each problem with its file, and its line and column when known, in {@code errors}.
 */
final class DryRunProblems {

    /** Problems listed in the body; the message names the first few. */
    static final int MAX_LISTED = 1000;

    private static final int IN_MESSAGE = 5;

    private DryRunProblems() {}

    static ResponseEntity<ProblemDetail> response(
            String location, List<DescriptorProblem> problems, HttpServletRequest request) {
        String shown = problems.stream()
                .limit(IN_MESSAGE)
                .map(DescriptorProblem::toString)
                .collect(Collectors.joining("; "));
        String detail = "Location " + location + " has " + problems.size() + " problem(s), so registering it would"
                + " not store everything: " + shown + (problems.size() > IN_MESSAGE ? "; ..." : "")
                + ". Fix the descriptors and try again.";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Bad Request", detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty(
                "errors",
                problems.stream().limit(MAX_LISTED).map(DryRunProblems::error).toList());
        BackstageErrorFields.addIfApplicable(problem, request);
        return ResponseEntity.badRequest()
                .contentType(BackstageErrorFields.contentType(request))
                .body(problem);
    }

    private static Map<String, Object> error(DescriptorProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("file", problem.file());
        if (problem.line() > 0) {
            error.put("line", problem.line());
            error.put("column", problem.column());
        }
        error.put("message", problem.message());
        return error;
    }
}
