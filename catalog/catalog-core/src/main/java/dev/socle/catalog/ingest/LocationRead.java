package dev.socle.catalog.ingest;

import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.DescriptorProblem;
import java.util.List;
import java.util.Optional;
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
 * @param filesRead when the read stopped at {@code socle.catalog.reading.max-files-per-location}, the files it did
 *     read: stored entities of any other file (also of files that unread Location files lead to) are kept as they
 *     were; empty when the read was complete
 */
public record LocationRead(
        String version,
        @Nullable String sourceCommit,
        List<IngestedEntity> entities,
        List<DescriptorProblem> problems,
        Set<String> failedFiles,
        Optional<Set<String>> filesRead) {

    public LocationRead {
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
        failedFiles = Set.copyOf(failedFiles);
        filesRead = filesRead.map(Set::copyOf);
    }

    /** A complete read. */
    public LocationRead(
            String version,
            @Nullable String sourceCommit,
            List<IngestedEntity> entities,
            List<DescriptorProblem> problems,
            Set<String> failedFiles) {
        this(version, sourceCommit, entities, problems, failedFiles, Optional.empty());
    }

    /**
     * The files whose stored entities must be kept as they were: the failed files and, when the read stopped at the
     * file limit, every file among {@code storedFiles} (the files the location's stored entities were read from)
     * that it did not read.
     */
    public Set<String> filesToKeep(java.util.Collection<String> storedFiles) {
        if (filesRead.isEmpty()) {
            return failedFiles;
        }
        Set<String> keep = new java.util.HashSet<>(failedFiles);
        storedFiles.stream().filter(file -> !filesRead.get().contains(file)).forEach(keep::add);
        return keep;
    }
}
