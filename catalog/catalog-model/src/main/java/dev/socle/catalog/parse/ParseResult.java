package dev.socle.catalog.parse;

import dev.socle.catalog.model.DescriptorProblem;
import java.util.List;

/**
 * Outcome of reading one descriptor file: the documents that could be read and the problems found.
 *
 * @param documents mapping documents, in file order
 * @param problems what could not be read, with file, line and column
 */
public record ParseResult(List<ParsedDocument> documents, List<DescriptorProblem> problems) {

    public ParseResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
