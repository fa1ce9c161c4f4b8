package dev.socle.catalog.parse;

import dev.socle.catalog.model.DescriptorProblem;
import java.util.List;

/**
 * Outcome of reading a YAML stream safely.
 *
 * @param documents non-empty documents read, in order
 * @param problems what could not be read
 */
public record YamlReadResult(List<YamlDocument> documents, List<DescriptorProblem> problems) {

    public YamlReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
