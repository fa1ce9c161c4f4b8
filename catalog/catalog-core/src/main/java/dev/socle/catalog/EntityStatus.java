package dev.socle.catalog;

import dev.socle.catalog.EntityStatusItem.Level;
import dev.socle.catalog.EntityStatusItem.Position;
import dev.socle.catalog.query.EntityProblem;
import dev.socle.catalog.query.EntityProblem.Recorded;
import dev.socle.catalog.query.EntityWithProblems;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Explains the problems recorded about a served entity as its status items, each saying what happened, where, and
 * what to do. Messages read as Backstage's ({@code "<where>: <what>"}); where it happened is kept apart too:
 * {@code file}, position (when known), {@code commit}, {@code location} and, on a Location entity, {@code entityRef}.
 */
final class EntityStatus {

    private static final String ORPHAN_ANNOTATION = "backstage.io/orphan";
    /** The name of a warning's {@code error}: something kept as read that deserves a look. */
    static final String WARNING_NAME = "Warning";

    private final JsonNode annotations;
    private final String uid;
    private final List<EntityStatusItem> items = new ArrayList<>();

    private EntityStatus(EntityWithProblems found) {
        this.annotations = found.entity().body().path("metadata").path("annotations");
        this.uid = found.entity().uid();
    }

    /** The entity as served, with a status item for each problem; none when there is nothing to say. */
    static ServedEntity of(EntityWithProblems found) {
        var status = new EntityStatus(found);
        boolean orphan =
                "true".equals(status.annotations.path(ORPHAN_ANNOTATION).asString());
        boolean orphanExplained = false;
        for (EntityProblem problem : found.problems()) {
            if (problem.kind() == ProblemKind.ORPHAN) {
                if (!orphan || orphanExplained) {
                    continue;
                }
                orphanExplained = true;
            }
            status.add(problem);
        }
        if (orphan && !orphanExplained) {
            status.addOrphan(
                    status.annotations.path("backstage.io/managed-by-location").asString());
        }
        return new ServedEntity(found.entity(), status.items);
    }

    private void add(EntityProblem problem) {
        String at = at(problem);
        String commit = problem.sourceCommit() == null ? "" : " at commit " + problem.sourceCommit();
        boolean onLocationEntity = problem.recorded() == Recorded.FOR_THE_LOCATION;
        switch (problem.kind()) {
            case ERROR ->
                item(
                        problem,
                        Level.ERROR,
                        "InputError",
                        onLocationEntity
                                ? prefixed(at, problem.message()) + suffix(problem)
                                : prefixed(at, problem.message()) + " (read" + commit + " from location "
                                        + problem.location() + ")");
            case WARNING ->
                item(
                        problem,
                        Level.WARNING,
                        WARNING_NAME,
                        onLocationEntity
                                ? prefixed(at, problem.message()) + suffix(problem)
                                : prefixed(at, problem.message()) + " (read" + commit + " from location "
                                        + problem.location() + "; the entity was stored as read)");
            case KEPT ->
                item(
                        problem,
                        Level.ERROR,
                        "InputError",
                        onLocationEntity
                                ? problem.message()
                                : prefixed(at, problem.message())
                                        + " Because " + fileName(problem)
                                        + " could not be read" + commit
                                        + ", the catalog serves the last good version of this entity;"
                                        + " fix the file, and the next refresh of location " + problem.location()
                                        + " stores it again.");
            case ORPHAN ->
                item(
                        problem,
                        Level.ERROR,
                        "NotFoundError",
                        "This entity is an orphan: " + problem.message()
                                + " Restore its descriptor" + (problem.file().isEmpty() ? "" : " in " + problem.file())
                                + ", or delete the entity with DELETE /api/catalog/entities/by-uid/" + uid + ".");
            case CONFLICT -> {
                if (problem.recorded() == Recorded.BY_ANOTHER_LOCATION) {
                    item(
                            problem,
                            Level.WARNING,
                            "ConflictError",
                            "Location " + problem.location()
                                    + " also emits this entity" + (at.isEmpty() ? "" : ", from " + at) + commit
                                    + ", and was refused; this entity is served unchanged from its own location. To end"
                                    + " the conflict, unregister one of the two locations or rename the entity in one of"
                                    + " them.");
                } else {
                    item(problem, Level.ERROR, "ConflictError", prefixed(at, problem.message()) + suffix(problem));
                }
            }
            case MORE -> item(problem, Level.ERROR, "InputError", problem.message());
            case UNREADABLE ->
                item(
                        problem,
                        Level.ERROR,
                        "LocationReadError",
                        problem.message()
                                + (problem.sourceCommit() == null
                                        ? ""
                                        : " The last commit read is " + problem.sourceCommit() + ".")
                                + " Make the source readable again (host, credentials, branch, path), then"
                                + " refresh the location.");
        }
    }

    private void addOrphan(String managedBy) {
        String message = "This entity is an orphan: its location " + managedBy + " no longer emits it. Restore "
                + "it in the source, or delete it with DELETE /api/catalog/entities/by-uid/" + uid + ".";
        items.add(new EntityStatusItem(
                ProblemKind.ORPHAN, Level.ERROR, "NotFoundError", message, null, null, null, managedBy, null));
    }

    private void item(EntityProblem problem, Level level, String name, String message) {
        items.add(new EntityStatusItem(
                problem.kind(),
                level,
                name,
                message,
                problem.file().isEmpty() ? null : problem.file(),
                Position.ofStored(problem.line(), problem.column()),
                problem.sourceCommit(),
                problem.location(),
                problem.entityRef()));
    }

    /** {@code file:line:column}, {@code file}, or empty. */
    private static String at(EntityProblem problem) {
        return problem.file() + (problem.line() > 0 ? ":" + problem.line() + ":" + problem.column() : "");
    }

    private static String prefixed(String at, String message) {
        return at.isEmpty() ? message : at + ": " + message;
    }

    private static String suffix(EntityProblem problem) {
        return problem.sourceCommit() == null ? "" : " (commit " + problem.sourceCommit() + ")";
    }

    private static String fileName(EntityProblem problem) {
        return problem.file().isEmpty() ? "its descriptor" : problem.file();
    }
}
