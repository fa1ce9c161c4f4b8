package dev.socle.catalog.parse.placeholder;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParsedDocument;
import java.util.List;

/**
 * A document after placeholder substitution.
 *
 * @param document the document with every resolvable placeholder replaced; failed ones are left in place
 * @param problems placeholders that could not be resolved
 */
public record PlaceholderResult(ParsedDocument document, List<DescriptorProblem> problems) {

    public PlaceholderResult {
        problems = List.copyOf(problems);
    }
}
