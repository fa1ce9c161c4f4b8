package dev.socle.catalog.ingest;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.DescriptorProblem;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one read of a location produced, before anything is stored.
 *
 * @param version the commit id, or a content hash for local files: equal versions mean an unchanged source
 * @param sourceCommit the commit read, for git sources
 * @param entities the valid entities, each with every relation it emits
 * @param problems every problem found, with file, line and column
 * @param failedFiles files that had at least one problem: stored entities read from them are kept as they were
 */
public record LocationRead(String version, @Nullable String sourceCommit, List<IngestedEntity> entities,
        List<DescriptorProblem> problems, Set<String> failedFiles) {

    public LocationRead {
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
        failedFiles = Set.copyOf(failedFiles);
    }
}
