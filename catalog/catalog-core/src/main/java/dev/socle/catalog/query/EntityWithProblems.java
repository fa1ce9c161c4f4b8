package dev.socle.catalog.query;

import java.util.List;

/**
 * An entity as served, with every problem any location recorded about it: errors of its own location, conflicts of
 * others.
 *
 * @param entity the entity
 * @param problems in the order they were recorded
 */
public record EntityWithProblems(StoredEntity entity, List<EntityProblem> problems) {

    public EntityWithProblems {
        problems = List.copyOf(problems);
    }
}
