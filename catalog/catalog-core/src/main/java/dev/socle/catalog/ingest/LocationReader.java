package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.validate.CatalogRules;
import dev.socle.catalog.validate.DescriptorReadResult;
import dev.socle.catalog.validate.DescriptorReader;
import dev.socle.catalog.validate.KindPattern;
import dev.socle.plugin.SocleException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a location into entities: fetches its source (policy-checked), runs every descriptor through the same
 * {@link DescriptorReader} the command-line validator uses, and follows {@code Location} entities whose targets are
 * files of the same source. Reading never writes anything, so it also serves dry runs.
 */
@Component
public class LocationReader {

    private final SourceReader sources;
    private final DescriptorReader descriptors;
    private final int maxFiles;

    LocationReader(SourceReader sources, CatalogProperties properties) {
        this.sources = sources;
        this.maxFiles = properties.reading().maxFilesPerLocation();
        this.descriptors = new DescriptorReader(new CatalogRules(properties.rules().allow().stream()
                .map(kind -> new KindPattern(kind.kind(), kind.apiVersion()))
                .toList()));
    }

    /**
     * Reads the location.
     *
     * @throws dev.socle.plugin.NotAllowedException when the target is outside the reading allow-lists
     * @throws dev.socle.plugin.InvalidInputException when the target is not a location Socle can read
     * @throws SourceUnavailableException when the source cannot be fetched
     */
    public LocationRead read(String type, String target) {
        try (SourceSnapshot snapshot = fetch(type, target)) {
            return parse(snapshot, target);
        }
    }

    /**
     * Fetches the location's source: for git, the branch head, from a local cache that only transfers what changed.
     * Its {@link SourceSnapshot#version()} tells whether anything changed since the last read. Close it when done.
     */
    public SourceSnapshot fetch(String type, String target) {
        return sources.read(type, target);
    }

    /** Parses, validates and relates every descriptor of a fetched source. */
    public LocationRead parse(SourceSnapshot snapshot, String target) {
        var source = new SnapshotDescriptorSource(snapshot.content());
        List<IngestedEntity> entities = new ArrayList<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        Set<String> failedFiles = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<PendingFile> pending = new ArrayDeque<>();
        snapshot.files().forEach(file -> pending.add(new PendingFile(file.path(), file.bytes())));
        snapshot.notes().forEach(note -> problems.add(DescriptorProblem.inFile(target, note)));

        while (!pending.isEmpty()) {
            PendingFile file = pending.removeFirst();
            if (!seen.add(file.path())) {
                continue;
            }
            if (seen.size() > maxFiles) {
                problems.add(DescriptorProblem.inFile(file.path(), "This location leads to more than " + maxFiles
                        + " descriptor files; split it into several locations or raise "
                        + "socle.catalog.reading.max-files-per-location."));
                failedFiles.add(file.path());
                break;
            }
            DescriptorReadResult result = descriptors.read(file.path(), file.bytes(), file.path(), source);
            problems.addAll(result.problems());
            if (!result.problems().isEmpty()) {
                failedFiles.add(file.path());
            }
            for (Entity entity : result.entities()) {
                entities.add(IngestedEntity.derived(entity, file.path()));
                if (entity.kind().equalsIgnoreCase("Location")) {
                    follow(entity, file.path(), snapshot, pending, problems, failedFiles);
                }
            }
        }
        return new LocationRead(snapshot.version(), snapshot.commitId(), entities, problems, failedFiles);
    }

    /**
     * Checks one entity with exactly the rules ingestion applies, without reading or storing anything; placeholders
     * cannot be resolved here, as there is no location to read them from.
     */
    public List<DescriptorProblem> validate(byte[] entityJson) {
        return descriptors.read("entity", entityJson, "entity.json", (path, maxBytes) -> {
            throw new dev.socle.catalog.parse.placeholder.DescriptorSourceException("Placeholder '" + path
                    + "' cannot be resolved when validating a single entity; validate the location instead.");
        }).problems();
    }

    /** Queues the files a Location entity points at, when they are files of the same source. */
    private static void follow(Entity location, String fromPath, SourceSnapshot snapshot, Deque<PendingFile> pending,
            List<DescriptorProblem> problems, Set<String> failedFiles) {
        for (String target : targets(location.spec())) {
            try {
                String path = RelativePaths.resolve(fromPath, target);
                snapshot.content().read(path).ifPresentOrElse(
                        bytes -> pending.add(new PendingFile(path, bytes)),
                        () -> {
                            problems.add(DescriptorProblem.inFile(fromPath, "Location " + location.ref()
                                    + " targets '" + target + "', which does not exist in this source; fix the "
                                    + "path or remove the target."));
                            failedFiles.add(fromPath);
                        });
            } catch (SocleException notAFileOfThisSource) {
                problems.add(DescriptorProblem.inFile(fromPath, "Location " + location.ref() + " targets '" + target
                        + "': " + notAFileOfThisSource.getMessage() + " Register other repositories as their own "
                        + "locations."));
                failedFiles.add(fromPath);
            }
        }
    }

    private static List<String> targets(JsonNode spec) {
        List<String> targets = new ArrayList<>();
        if (spec.path("target").isString()) {
            targets.add(spec.path("target").asString());
        }
        spec.path("targets").forEach(node -> {
            if (node.isString()) {
                targets.add(node.asString());
            }
        });
        return targets;
    }

    private record PendingFile(String path, byte[] bytes) {
    }
}
