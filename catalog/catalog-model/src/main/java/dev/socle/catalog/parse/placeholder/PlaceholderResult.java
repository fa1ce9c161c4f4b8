package dev.socle.catalog.parse.placeholder;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParsedDocument;
import java.util.List;
import java.util.Set;

/**
 * A document after placeholder substitution.
 *
 * @param document the document with every resolvable placeholder replaced; failed ones are left in place
 * @param problems placeholders that could not be resolved, and unknown ones
 * @param unresolved JSON pointers of the placeholders that could not be resolved, so that validation does not
 *     report them a second time
 */
public record PlaceholderResult(ParsedDocument document, List<DescriptorProblem> problems, Set<String> unresolved) {

    public PlaceholderResult {
        problems = List.copyOf(problems);
        unresolved = Set.copyOf(unresolved);
    }

    public PlaceholderResult(ParsedDocument document, List<DescriptorProblem> problems) {
        this(document, problems, Set.of());
    }
}
