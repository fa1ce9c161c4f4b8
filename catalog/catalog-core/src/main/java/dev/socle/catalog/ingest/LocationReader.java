package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.parse.RelativePaths;
import dev.socle.catalog.parse.SourcePosition;
import dev.socle.catalog.validate.CatalogRules;
import dev.socle.catalog.validate.DescriptorReadResult;
import dev.socle.catalog.validate.DescriptorReader;
import dev.socle.catalog.validate.KindPattern;
import dev.socle.catalog.validate.LocationTypes;
import dev.socle.plugin.SocleException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a location into entities: fetches its source (policy-checked), runs every descriptor through the same
 * {@link DescriptorReader} the command-line validator uses, and follows {@code Location} entities whose targets are
 * files (or globs of files) of the same source. Each entity carries the location of the file it was read from, for
 * {@code backstage.io/managed-by-location}. Reading never writes anything, so it also serves dry runs.
 */
@Component
public class LocationReader {

    private final SourceReader sources;
    private final DescriptorReader descriptors;
    private static final int BATCH = 256;

    private final int maxFiles;
    /** Per file location ({@code type:target}), the further files its last parse read; see {@link #versionOf}. */
    private final Map<String, Set<String>> furtherReads = new ConcurrentHashMap<>();

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
            return parse(snapshot, type, target);
        }
    }

    /**
     * Fetches the location's source: for git, the branch head, from a local cache that only transfers what changed.
     * Its {@link SourceSnapshot#version()} tells whether anything changed since the last read. Close it when done.
     */
    public SourceSnapshot fetch(String type, String target) {
        return sources.read(type, target);
    }

    /**
     * The version of a fetched source, to compare with the version its last parse recorded: the commit for git; for
     * local files, a hash over the selected files and over the further files ({@code $text} targets, files Location
     * entities lead to) that the last parse of this location in this process read, as they are now. A change in any
     * file read gives another version. Without a parse in this process, the further files are unknown and a
     * location that reads some yields another version, so it is parsed again: never wrongly skipped.
     */
    public String versionOf(SourceSnapshot snapshot, String type, String target) {
        return snapshot.versionReading(furtherReads.getOrDefault(type + ":" + target, Set.of()));
    }

    /** Forgets what {@link #versionOf} remembers about a location, when it is unregistered. */
    public void forget(String type, String target) {
        furtherReads.remove(type + ":" + target);
    }

    /**
     * Parses, validates and relates every descriptor of a fetched source; the first entity is the
     * {@code Location} entity that stands for the registered location itself, as in Backstage.
     */
    public LocationRead parse(SourceSnapshot snapshot, String type, String target) {
        List<IngestedEntity> entities = new ArrayList<>();
        LocationRead read = stream(snapshot, type, target, entities::addAll, false);
        return new LocationRead(
                read.version(), read.sourceCommit(), entities, read.problems(), read.failedFiles(), read.filesRead());
    }

    /**
     * Parses like {@link #parse(SourceSnapshot, String, String)} but hands the entities to {@code sink} in chunks
     * of about {@value #BATCH} files as they are read, so that a location of any size is never held in memory
     * whole; the returned read lists no entities. Files are parsed in parallel within a chunk; entities keep file
     * order.
     */
    public LocationRead stream(
            SourceSnapshot snapshot, String type, String target, Consumer<List<IngestedEntity>> sink) {
        return stream(snapshot, type, target, sink, true);
    }

    /** {@code remember}: whether {@link #versionOf} should cover the further files this read reads (stored reads). */
    private LocationRead stream(
            SourceSnapshot snapshot,
            String type,
            String target,
            Consumer<List<IngestedEntity>> sink,
            boolean remember) {
        var source = new SnapshotDescriptorSource(snapshot.content(), sources::readUrl);
        List<DescriptorProblem> problems = new ArrayList<>();
        Set<String> failedFiles = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<PendingFile> pending = new ArrayDeque<>();
        IngestedEntity registered = RegisteredLocationEntity.of(type, target);
        sink.accept(List.of(registered));
        snapshot.files().forEach(file -> pending.add(PendingFile.read(file.path(), file.bytes(), registered.ref())));
        snapshot.notes().forEach(note -> problems.add(DescriptorProblem.inFile(target, note)));
        for (RefusedFile refused : snapshot.refused()) {
            seen.add(refused.path());
            problems.add(DescriptorProblem.inFile(refused.path(), refused.reason()));
            failedFiles.add(refused.path());
        }

        boolean tooMany = false;
        while (!pending.isEmpty() && !tooMany) {
            List<LoadedFile> batch = new ArrayList<>();
            while (!pending.isEmpty() && batch.size() < BATCH) {
                PendingFile file = pending.removeFirst();
                if (!seen.add(file.path())) {
                    continue;
                }
                if (seen.size() > maxFiles) {
                    seen.remove(file.path());
                    pending.addFirst(file);
                    tooMany = true;
                    break;
                }
                load(file, snapshot, problems, failedFiles).ifPresent(batch::add);
            }
            List<DescriptorReadResult> results = batch.parallelStream()
                    .map(file -> descriptors.read(file.path(), file.bytes(), file.path(), source))
                    .toList();
            List<IngestedEntity> entities = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                String path = batch.get(i).path();
                EntityRef parent = batch.get(i).parent();
                DescriptorReadResult result = results.get(i);
                String fileLocation = snapshot.content().locationOf(path).orElse(null);
                String folderUrl = snapshot.content().folderUrlOf(path).orElse(null);
                problems.addAll(result.problems());
                if (result.hasErrors()) {
                    failedFiles.add(path);
                }
                for (Entity entity : result.entities()) {
                    IngestedEntity ingested = IngestedEntity.read(
                            entity, path, parent, fileLocation, folderUrl == null ? null : "url:" + folderUrl);
                    entities.add(result.positionOf(entity.ref())
                            .map(at -> ingested.at(at.line(), at.column()))
                            .orElse(ingested));
                    if (entity.kind().equalsIgnoreCase("Location")) {
                        follow(
                                entity,
                                type,
                                new Naming(path, result.positionOf(entity.ref()).orElse(null)),
                                snapshot,
                                pending,
                                problems,
                                failedFiles);
                    }
                }
            }
            if (!entities.isEmpty()) {
                sink.accept(entities);
            }
        }
        if (tooMany) {
            markUnread(pending, seen, target, problems, failedFiles);
        }
        if (remember && snapshot.commitId() == null) {
            furtherReads.put(type + ":" + target, snapshot.furtherPathsRead());
        }
        return new LocationRead(
                source.readUrls() ? readingUrls(snapshot.version()) : snapshot.version(),
                snapshot.commitId(),
                List.of(),
                problems,
                failedFiles,
                tooMany ? Optional.of(seen) : Optional.empty());
    }

    /**
     * The version recorded for a read whose descriptors named placeholder URLs: what they serve can change while the
     * source does not, so such a location is parsed again at every refresh, as Backstage processes every entity
     * again; {@link #versionOf} never yields this version. Unchanged entities are still not written again.
     */
    private static String readingUrls(String version) {
        String marked = "urls:" + version;
        return marked.length() <= 64 ? marked : marked.substring(0, 64);
    }

    /**
     * Stops at the file limit: the files not read (this one and every one queued) are marked failed, so that the
     * entities read from them before keep their last good version instead of becoming orphans; one problem on the
     * location names the limit and the setting.
     */
    private void markUnread(
            Deque<PendingFile> pending,
            Set<String> seen,
            String target,
            List<DescriptorProblem> problems,
            Set<String> failedFiles) {
        Set<String> unread = new LinkedHashSet<>();
        pending.stream()
                .map(PendingFile::path)
                .filter(path -> !seen.contains(path))
                .forEach(unread::add);
        failedFiles.addAll(unread);
        problems.add(DescriptorProblem.inFile(
                target,
                "This location leads to more than " + maxFiles
                        + " files (socle.catalog.reading.max-files-per-location), so " + unread.size()
                        + " file(s) were not"
                        + " read, from " + unread.iterator().next()
                        + " on; the entities read from them before are kept as"
                        + " they were. Split the location into several, or raise"
                        + " socle.catalog.reading.max-files-per-location."));
    }

    /**
     * The file's bytes; a Location target that does not exist or cannot be read (a symbolic link) is a problem of
     * the file that names it, at the Location entity; one over the size limit is a problem of its own.
     */
    private static Optional<LoadedFile> load(
            PendingFile file, SourceSnapshot snapshot, List<DescriptorProblem> problems, Set<String> failedFiles) {
        if (file.bytes() != null) {
            return Optional.of(new LoadedFile(file.path(), file.bytes(), file.location()));
        }
        Optional<byte[]> bytes;
        try {
            bytes = snapshot.content().read(file.path());
        } catch (FileTooLargeException tooLarge) {
            problems.add(DescriptorProblem.inFile(file.path(), tooLarge.getMessage()));
            failedFiles.add(file.path());
            return Optional.empty();
        } catch (SocleException unreadable) {
            problems.add(file.from()
                    .problem("Location " + file.location() + " targets '" + file.target() + "', which cannot be read: "
                            + unreadable.getMessage()));
            failedFiles.add(file.from().path());
            return Optional.empty();
        }
        if (bytes.isEmpty()) {
            problems.add(file.from()
                    .problem("Location " + file.location() + " targets '" + file.target()
                            + "', which does not exist in this source; fix the path or remove the target."));
            failedFiles.add(file.from().path());
        }
        return bytes.map(content -> new LoadedFile(file.path(), content, file.location()));
    }

    /**
     * Checks one entity with exactly the rules ingestion applies, without reading or storing anything; placeholders
     * cannot be resolved here, as there is no location to read them from. Only errors are returned: an entity with
     * warnings alone is valid, as it is for Backstage.
     */
    public List<DescriptorProblem> validate(byte[] entityJson) {
        return descriptors
                .read("entity", entityJson, "entity.json", (path, maxBytes) -> {
                    throw new dev.socle.catalog.parse.placeholder.DescriptorSourceException("Placeholder '" + path
                            + "' cannot be resolved when validating a single entity; validate the location instead.");
                })
                .problems()
                .stream()
                .filter(DescriptorProblem::isError)
                .toList();
    }

    /**
     * Queues the files a Location entity points at, when they are files of the same source: a relative path, or a
     * relative glob ({@code ./**}{@code /catalog-info.yaml}, {@code ./services/*}{@code /catalog-info.yaml}) that
     * selects the matching files below the entity's folder, as in Backstage.
     */
    private static void follow(
            Entity location,
            String readAs,
            Naming from,
            SourceSnapshot snapshot,
            Deque<PendingFile> pending,
            List<DescriptorProblem> problems,
            Set<String> failedFiles) {
        var otherType = LocationTypes.notFollowed(location, readAs);
        if (otherType.isPresent()) {
            DescriptorProblem at = from.problem(otherType.get());
            problems.add(DescriptorProblem.warning(at.file(), at.line(), at.column(), at.message())
                    .about(location.ref()));
            return;
        }
        for (String target : targets(location.spec())) {
            try {
                String path = RelativePaths.resolve(from.path(), target);
                if (target.indexOf('*') >= 0 || target.indexOf('?') >= 0) {
                    for (String match : snapshot.content().list(new PathSelector(path))) {
                        pending.add(new PendingFile(match, null, from, location.ref(), target));
                    }
                } else {
                    pending.add(new PendingFile(path, null, from, location.ref(), target));
                }
            } catch (SocleException notAFileOfThisSource) {
                problems.add(from.problem("Location " + location.ref() + " targets '" + target + "': "
                        + notAFileOfThisSource.getMessage() + " Register other repositories as their own locations."));
                failedFiles.add(from.path());
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

    /**
     * A file to read: one of the location's own (bytes known, led to by the registered location's entity) or a
     * Location target (read when its turn comes).
     */
    private record PendingFile(String path, byte @Nullable [] bytes, Naming from, EntityRef location, String target) {

        static PendingFile read(String path, byte[] bytes, EntityRef registered) {
            return new PendingFile(path, bytes, new Naming(path, null), registered, "");
        }
    }

    /** The file whose Location entity names a target, and where in it that entity is, when known. */
    private record Naming(String path, @Nullable SourcePosition at) {

        DescriptorProblem problem(String message) {
            return at == null
                    ? DescriptorProblem.inFile(path, message)
                    : new DescriptorProblem(path, at.line(), at.column(), message);
        }
    }

    /** A file's content and the Location entity that led to it. */
    private record LoadedFile(String path, byte[] bytes, EntityRef parent) {}
}
