package dev.socle.catalog.training;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.ChangeTrigger;
import dev.socle.catalog.RegisteredLocation;
import dev.socle.catalog.generator.ExpectedRelation;
import dev.socle.catalog.generator.GeneratedOrganisation;
import dev.socle.catalog.generator.OrganisationRepository;
import dev.socle.catalog.generator.OrganisationSettings;
import dev.socle.catalog.generator.SyntheticOrganisation;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.OrderField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the work a catalog does most: a synthetic organisation is committed to a git repository, registered,
 * waited for until the search index holds all of it, queried the ways the API and the catalog page query, refreshed
 * unchanged and unregistered. Run in the JDK's AOT training run, it leaves the classes and method profiles of that
 * work in the cache, so that a freshly started server ingests at close to its warmed-up speed.
 */
final class CatalogTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(CatalogTrainingRun.class);
    private static final Duration INDEX_WAIT = Duration.ofMinutes(5);

    private final CatalogService catalog;
    private final CatalogQueries queries;

    CatalogTrainingRun(CatalogService catalog, CatalogQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    /**
     * Trains under a fresh folder of {@code workDirectory}, which file locations must be allowed to read, and
     * deletes the folder afterwards.
     *
     * @return how many entities the organisation had, with the registered location's own Location entity, and how
     *     many of them the index held before the queries
     */
    Result train(Path workDirectory, int entities) {
        Path repository = createRepository(workDirectory);
        try {
            GeneratedOrganisation organisation = SyntheticOrganisation.write(
                    repository, OrganisationSettings.of(entities).withSeed(7));
            OrganisationRepository.commit(repository);
            // the registered location's own Location entity comes on top of what the files declare
            int written = organisation.entities() + 1;
            long before = entityCount();
            Instant start = Instant.now();
            RegisteredLocation location = catalog.registerLocation(
                            "url",
                            repository.toUri() + "?ref=main&path=" + SyntheticOrganisation.ROOT_FILE,
                            "aot-training")
                    .location();
            long indexed = awaitIndexed(before + written) - before;
            log.info(
                    "Training: {} entities ingested and indexed in {} ms",
                    indexed,
                    Duration.between(start, Instant.now()).toMillis());
            query(organisation.expectedRelations().stream()
                    .map(ExpectedRelation::sourceRef)
                    .distinct()
                    .map(EntityRef::parse)
                    .toList());
            catalog.refreshLocation(location.id(), ChangeTrigger.ON_DEMAND_REFRESH, "aot-training");
            catalog.unregisterLocation(location.id(), "aot-training");
            return new Result(written, indexed);
        } finally {
            deleteQuietly(repository);
        }
    }

    /** What a training run ingested. */
    record Result(int written, long indexed) {}

    private long awaitIndexed(long expected) {
        Instant deadline = Instant.now().plus(INDEX_WAIT);
        long indexed = 0;
        while (indexed < expected && Instant.now().isBefore(deadline)) {
            indexed = entityCount();
            if (indexed < expected) {
                pause();
            }
        }
        return indexed;
    }

    private long entityCount() {
        return queries.query(EntityQuery.of(EntityFilter.all(), List.of(), 1)).totalItems();
    }

    private void query(List<EntityRef> sample) {
        EntityFilter services = EntityFilter.where(Map.of("kind", "component", "spec.type", "service"));
        for (int round = 0; round < 200; round++) {
            EntityPage first = queries.query(EntityQuery.of(services, List.of(OrderField.asc("metadata.name")), 50));
            if (first.nextCursor() != null) {
                queries.query(new EntityQuery(
                        services,
                        List.of(OrderField.asc("metadata.name")),
                        50,
                        first.nextCursor(),
                        null,
                        List.of(),
                        0));
            }
            queries.facets(
                    EntityFilter.where(Map.of("kind", "component")),
                    List.of("spec.type", "spec.lifecycle", "metadata.tags"));
            EntityRef ref = sample.get(round % sample.size());
            queries.query(new EntityQuery(EntityFilter.all(), List.of(), 20, null, ref.name(), List.of(), 0));
            queries.byRef(ref);
        }
    }

    private static Path createRepository(Path workDirectory) {
        try {
            Files.createDirectories(workDirectory);
            return Files.createTempDirectory(workDirectory, "organisation-");
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not create the training repository under " + workDirectory, failed);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
        } catch (IOException failed) {
            log.warn("Could not delete the training directory {}", directory, failed);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Training was interrupted", interrupted);
        }
    }
}
