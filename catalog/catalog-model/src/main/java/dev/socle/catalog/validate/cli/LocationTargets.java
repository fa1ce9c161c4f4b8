package dev.socle.catalog.validate.cli;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.parse.DescriptorParser;
import dev.socle.catalog.parse.ParsedDocument;
import dev.socle.catalog.parse.RelativePaths;
import dev.socle.catalog.validate.LocationTypes;
import dev.socle.plugin.SocleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Follows {@code kind: Location} entities to the files their relative {@code target}/{@code targets} name, as the
 * server does: files of the same root only, never through a symbolic link. A target that cannot be followed is a
 * problem at that target.
 */
final class LocationTargets {

    private final DescriptorParser parser = new DescriptorParser();

    /**
     * What the valid Location entities of one file lead to.
     *
     * @param files the files to check next
     * @param problems targets that cannot be followed
     */
    record Followed(List<CheckedFile> files, List<DescriptorProblem> problems) {}

    /**
     * @param readAs the type of location the files are taken to be registered as ({@code url} for a repository)
     */
    Followed follow(CheckedFile from, byte[] content, List<Entity> entities, String readAs) {
        List<CheckedFile> files = new ArrayList<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        List<Entity> locations = entities.stream()
                .filter(entity -> entity.kind().equalsIgnoreCase("Location"))
                .toList();
        if (locations.isEmpty()) {
            return new Followed(files, problems);
        }
        List<ParsedDocument> documents = parser.parse(from.shown(), content).documents();
        for (Entity location : locations) {
            Optional<ParsedDocument> document =
                    documents.stream().filter(doc -> describes(doc, location)).findFirst();
            JsonNode spec = location.spec();
            Optional<String> otherType = LocationTypes.notFollowed(location, readAs);
            if (otherType.isPresent()) {
                DescriptorProblem at = at(from, document, "/spec/type", otherType.get());
                problems.add(DescriptorProblem.warning(at.file(), at.line(), at.column(), at.message()));
                continue;
            }
            List<String> pointers = new ArrayList<>();
            if (spec.path("target").isString()) {
                pointers.add("/spec/target");
            }
            for (int i = 0; i < spec.path("targets").size(); i++) {
                if (spec.path("targets").get(i).isString()) {
                    pointers.add("/spec/targets/" + i);
                }
            }
            for (String pointer : pointers) {
                String target = spec.at(pointer.substring("/spec".length())).asString();
                try {
                    String path = RelativePaths.resolve(from.path(), target);
                    Optional<String> unreadable = unreadable(from.root(), path);
                    if (unreadable.isPresent()) {
                        problems.add(at(
                                from,
                                document,
                                pointer,
                                "Location " + location.ref() + " targets '" + target + "', which " + unreadable.get()));
                    } else {
                        String shown = Path.of(from.shown())
                                .resolveSibling(target)
                                .normalize()
                                .toString();
                        files.add(new CheckedFile(from.root().resolve(path), shown, from.root(), path));
                    }
                } catch (SocleException refused) {
                    problems.add(at(
                            from,
                            document,
                            pointer,
                            "Location " + location.ref() + " targets '" + target + "': " + refused.getMessage()
                                    + " Register other repositories as their own locations."));
                }
            }
        }
        return new Followed(files, problems);
    }

    /** Why the root-relative {@code path} cannot be read as the server would, if it cannot. */
    private static Optional<String> unreadable(Path root, String path) {
        Path file = root.resolve(path).normalize();
        try {
            if (!file.toRealPath().equals(root.toRealPath().resolve(path).normalize())) {
                return Optional.of("is or passes through a symbolic link, which Socle never follows; reference the "
                        + "target file itself.");
            }
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        } catch (IOException missing) {
            // reported below
        }
        return Optional.of("does not exist in this source; fix the path or remove the target.");
    }

    private static boolean describes(ParsedDocument document, Entity location) {
        JsonNode content = document.content();
        JsonNode metadata = content.path("metadata");
        return content.path("kind").asString("").equalsIgnoreCase(location.kind())
                && metadata.path("name").asString("").equals(location.metadata().name())
                && metadata.path("namespace")
                        .asString("default")
                        .equals(location.metadata().namespace());
    }

    private static DescriptorProblem at(
            CheckedFile from, Optional<ParsedDocument> document, String pointer, String message) {
        return document.flatMap(doc -> doc.positions().nearest(pointer))
                .map(position -> new DescriptorProblem(from.shown(), position.line(), position.column(), message))
                .orElseGet(() -> DescriptorProblem.inFile(from.shown(), message));
    }
}
