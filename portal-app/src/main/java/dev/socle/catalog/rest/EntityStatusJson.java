package dev.socle.catalog.rest;

import dev.socle.catalog.EntityStatusItem;
import dev.socle.catalog.ServedEntity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A served entity in Backstage's JSON: its body, plus {@code status.items} when it has any. Items have Backstage's
 * shape ({@code type}, {@code level}, {@code message} as {@code "<name>: <message>"}, {@code error} with {@code name}
 * and {@code message}); Socle adds where it happened inside {@code error}: {@code file}, {@code line} and
 * {@code column} (only when known), {@code commit}, {@code location} and, on a Location entity, {@code entityRef}.
 */
final class EntityStatusJson {

    private EntityStatusJson() {}

    static ObjectNode of(ServedEntity served) {
        ObjectNode entity = served.entity().body().deepCopy();
        if (served.status().isEmpty()) {
            entity.remove("status");
            return entity;
        }
        ArrayNode items = entity.putObject("status").putArray("items");
        for (EntityStatusItem item : served.status()) {
            ObjectNode json = items.addObject();
            json.put("type", EntityStatusItem.PROCESSING);
            json.put("level", item.level().value());
            json.put("message", item.errorName() + ": " + item.message());
            ObjectNode error = json.putObject("error");
            error.put("name", item.errorName());
            error.put("message", item.message());
            if (item.file() != null) {
                error.put("file", item.file());
            }
            if (item.position() != null) {
                error.put("line", item.position().line());
                error.put("column", item.position().column());
            }
            if (item.commit() != null) {
                error.put("commit", item.commit());
            }
            error.put("location", item.location());
            if (item.entityRef() != null) {
                error.put("entityRef", item.entityRef());
            }
        }
        return entity;
    }
}
