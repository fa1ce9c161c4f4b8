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
 * The 400 of a dry run that found errors: Backstage answers an {@code InputError} naming the processing errors;
 * Socle's body also lists each problem with its file, and its line and column when known, in {@code errors}. A dry
 * run with warnings only succeeds, and lists them in its answer's {@code problems}.
 */
final class DryRunProblems {

    /** Problems listed in the body; the message names the first few. */
    static final int MAX_LISTED = 1000;

    private static final int IN_MESSAGE = 5;

    private DryRunProblems() {}

    /** Whether the problems make a dry run fail: errors do, warnings alone do not. */
    static boolean failing(List<DescriptorProblem> problems) {
        return problems.stream().anyMatch(DescriptorProblem::isError);
    }

    /**
     * The 400 of a dry run with errors. Its {@code errors} list every problem, each with its {@code level}
     * ({@code error} or {@code warning}); the detail names the first errors.
     */
    static ResponseEntity<ProblemDetail> response(
            String location, List<DescriptorProblem> problems, HttpServletRequest request) {
        List<DescriptorProblem> errors =
                problems.stream().filter(DescriptorProblem::isError).toList();
        String shown = errors.stream()
                .limit(IN_MESSAGE)
                .map(DescriptorProblem::toString)
                .collect(Collectors.joining("; "));
        String detail = "Location " + location + " has " + errors.size() + " problem(s), so registering it would"
                + " not store everything: " + shown + (errors.size() > IN_MESSAGE ? "; ..." : "")
                + ". Fix the descriptors and try again.";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Bad Request", detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", listed(problems));
        BackstageErrorFields.addIfApplicable(problem, request);
        return ResponseEntity.badRequest()
                .contentType(BackstageErrorFields.contentType(request))
                .body(problem);
    }

    /**
     * The problems as listed in a dry run's answer, at most {@value #MAX_LISTED}: {@code file}, {@code line} and
     * {@code column} (when known), {@code message}, {@code level}, and {@code entityRef} when a warning names the
     * entity it concerns.
     */
    static List<Map<String, Object>> listed(List<DescriptorProblem> problems) {
        return problems.stream().limit(MAX_LISTED).map(DryRunProblems::error).toList();
    }

    private static Map<String, Object> error(DescriptorProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("file", problem.file());
        if (problem.line() > 0) {
            error.put("line", problem.line());
            error.put("column", problem.column());
        }
        error.put("message", problem.message());
        error.put("level", problem.level().backstageName());
        if (problem.entityRef() != null) {
            error.put("entityRef", problem.entityRef().canonical());
        }
        return error;
    }
}
