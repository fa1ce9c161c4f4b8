package dev.socle.catalog;

import dev.socle.catalog.query.EntityWithProblems;
import dev.socle.catalog.store.EntityProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Backstage's {@code status.items} of an entity, each saying what happened, where, and what to do. Items have
 * Backstage's shape ({@code type}, {@code level}, {@code message} as {@code "<name>: <message>"}, {@code error} with
 * {@code name} and {@code message}); Socle adds where it happened inside {@code error}: {@code file}, {@code line},
 * {@code column} (when known), {@code commit}, {@code location} and, on a Location entity, {@code entityRef}.
 */
final class EntityStatus {

    static final String PROCESSING = "backstage.io/catalog-processing";
    private static final String ORPHAN_ANNOTATION = "backstage.io/orphan";

    private final ObjectNode entity;
    private final ArrayNode items;

    private EntityStatus(ObjectNode served) {
        this.entity = served.deepCopy();
        this.items = entity.putObject("status").putArray("items");
    }

    /** The entity as served, with a {@code status.items} entry for each problem, or no {@code status} at all. */
    static ObjectNode of(EntityWithProblems found) {
        var status = new EntityStatus(found.entity().body());
        boolean orphan =
                "true".equals(status.annotations().path(ORPHAN_ANNOTATION).asString());
        boolean orphanExplained = false;
        for (EntityProblem problem : found.problems()) {
            if (problem.kind() == EntityProblem.Kind.ORPHAN) {
                if (!orphan || orphanExplained) {
                    continue;
                }
                orphanExplained = true;
            }
            status.add(problem);
        }
        if (orphan && !orphanExplained) {
            status.addOrphan(status.annotations()
                    .path("backstage.io/managed-by-location")
                    .asString());
        }
        return status.entity();
    }

    private JsonNode annotations() {
        return entity.path("metadata").path("annotations");
    }

    private void add(EntityProblem problem) {
        String at = at(problem);
        String commit = problem.sourceCommit() == null ? "" : " at commit " + problem.sourceCommit();
        switch (problem.kind()) {
            case ERROR ->
                item(
                        problem,
                        "error",
                        "InputError",
                        prefixed(at, problem.message()) + " (read" + commit + " from location " + problem.location()
                                + ")");
            case KEPT ->
                item(
                        problem,
                        "error",
                        "InputError",
                        prefixed(at, problem.message())
                                + " Because " + fileName(problem)
                                + " could not be read" + commit
                                + ", the catalog serves the last good version of this entity;"
                                + " fix the file, and the next refresh of location " + problem.location()
                                + " stores it again.");
            case ORPHAN ->
                item(
                        problem,
                        "error",
                        "NotFoundError",
                        "This entity is an orphan: " + problem.message()
                                + " Restore its descriptor" + (problem.file().isEmpty() ? "" : " in " + problem.file())
                                + ", or delete the entity with DELETE /api/catalog/entities/by-uid/" + uid() + ".");
            case REFUSED_ELSEWHERE ->
                item(
                        problem,
                        "warning",
                        "ConflictError",
                        "Location " + problem.location()
                                + " also emits this entity" + (at.isEmpty() ? "" : ", from " + at) + commit
                                + ", and was refused; this entity is served unchanged from its own location. To end the"
                                + " conflict, unregister one of the two locations or rename the entity in one of them.");
            case LOCATION_ERROR ->
                item(problem, "error", "InputError", prefixed(at, problem.message()) + suffix(problem));
            case LOCATION_CONFLICT ->
                item(problem, "error", "ConflictError", prefixed(at, problem.message()) + suffix(problem));
            case LOCATION_KEPT, LOCATION_MORE -> item(problem, "error", "InputError", problem.message());
            case LOCATION_UNREADABLE ->
                item(
                        problem,
                        "error",
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
                + "it in the source, or delete it with DELETE /api/catalog/entities/by-uid/" + uid() + ".";
        ObjectNode error = item("error", "NotFoundError", message);
        error.put("location", managedBy);
    }

    private ObjectNode entity() {
        if (items.isEmpty()) {
            entity.remove("status");
        }
        return entity;
    }

    private String uid() {
        return entity.path("metadata").path("uid").asString();
    }

    private void item(EntityProblem problem, String level, String name, String message) {
        ObjectNode error = item(level, name, message);
        if (!problem.file().isEmpty()) {
            error.put("file", problem.file());
        }
        if (problem.line() > 0) {
            error.put("line", problem.line());
            error.put("column", problem.column());
        }
        if (problem.sourceCommit() != null) {
            error.put("commit", problem.sourceCommit());
        }
        error.put("location", problem.location());
        if (problem.entityRef() != null) {
            error.put("entityRef", problem.entityRef());
        }
    }

    private ObjectNode item(String level, String name, String message) {
        ObjectNode item = items.addObject();
        item.put("type", PROCESSING);
        item.put("level", level);
        item.put("message", name + ": " + message);
        return item.putObject("error").put("name", name).put("message", message);
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
