package dev.socle.catalog;

import dev.socle.catalog.store.EntityProblem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds Backstage's {@code status.items} of an entity, each saying what happened, where, and what to do. */
final class EntityStatus {

    private static final String PROCESSING = "backstage.io/catalog-processing";

    private final ObjectNode entity;
    private final ArrayNode items;

    EntityStatus(ObjectNode served) {
        this.entity = served.deepCopy();
        this.items = entity.putObject("status").putArray("items");
    }

    void add(EntityProblem problem) {
        String where = problem.file() + (problem.line() > 0 ? ":" + problem.line() + ":" + problem.column() : "")
                + (problem.sourceCommit() == null ? "" : " at commit " + problem.sourceCommit())
                + " (location " + problem.location() + ")";
        String message = problem.kind().equals("conflict")
                ? "Another location also emits this entity and was refused: " + problem.message() + " In " + where
                : "The last read of this entity's descriptor failed, so the last good version is shown: "
                        + problem.message() + " In " + where + ".";
        item(problem.kind().equals("conflict") ? "ConflictError" : "InputError", message);
    }

    void addOrphan(String managedBy) {
        item("NotFoundError", "This entity is an orphan: its location " + managedBy + " no longer emits it. Restore "
                + "it in the source, or delete it with DELETE /api/catalog/entities/by-uid/"
                + entity.path("metadata").path("uid").asString() + ".");
    }

    ObjectNode entity() {
        if (items.isEmpty()) {
            entity.remove("status");
        }
        return entity;
    }

    private void item(String errorName, String message) {
        ObjectNode item = items.addObject();
        item.put("type", PROCESSING);
        item.put("level", "error");
        item.put("message", message);
        item.putObject("error").put("name", errorName).put("message", message);
    }
}
