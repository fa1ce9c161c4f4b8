package dev.socle.catalog;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything one read of a location produced, to be stored by {@link CatalogWriter#applyLocationSnapshot}.
 *
 * <p>Entities whose document had problems are simply absent from {@link #entities()}; to keep the last good
 * version of what they used to be, name them in {@link #failedRefs()} or their files in {@link #failedFiles()}.
 * Stored entities of this location that are neither emitted nor failed are orphaned or deleted per
 * {@link #orphanStrategy()}.
 *
 * @param locationId the location read; must be registered
 * @param entities the entities read successfully, each with the relations it emits
 * @param problems what went wrong while reading (replaces the location's previous problems)
 * @param failedRefs entities that could not be read this time (their stored version is kept as is)
 * @param failedFiles files that could not be read or parsed (stored entities read from them are kept as is)
 * @param orphanStrategy what to do with entities the location no longer emits
 * @param trigger what caused this read, recorded in history
 * @param actor who asked for it, or {@code null} for scheduled work
 * @param sourceCommit the commit read, for git locations, or {@code null}
 */
public record LocationSnapshotCommand(
        UUID locationId,
        List<IngestedEntity> entities,
        List<DescriptorProblem> problems,
        Set<EntityRef> failedRefs,
        Set<String> failedFiles,
        OrphanStrategy orphanStrategy,
        ChangeTrigger trigger,
        @Nullable String actor,
        @Nullable String sourceCommit) {

    public LocationSnapshotCommand {
        Objects.requireNonNull(locationId, "locationId");
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
        failedRefs = Set.copyOf(failedRefs);
        failedFiles = Set.copyOf(failedFiles);
    }

    /** A clean read: no problems, nothing failed, orphans kept, scheduled. */
    public static LocationSnapshotCommand of(UUID locationId, List<IngestedEntity> entities) {
        return new LocationSnapshotCommand(
                locationId,
                entities,
                List.of(),
                Set.of(),
                Set.of(),
                OrphanStrategy.KEEP,
                ChangeTrigger.SCHEDULED_REFRESH,
                null,
                null);
    }
}
