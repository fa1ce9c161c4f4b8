package dev.socle.catalog.validate;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.Relation;
import java.util.List;

/**
 * Everything read from one descriptor file.
 *
 * @param entities valid entities, each carrying the outgoing relations its own spec implies
 * @param relations every relation the valid entities imply, in both directions (incoming edges included, e.g. the
 *     group's {@code hasMember} for a user's {@code memberOf})
 * @param problems every problem found; an entity with a problem is left out of {@code entities}
 */
public record DescriptorReadResult(List<Entity> entities, List<Relation> relations, List<DescriptorProblem> problems) {

    public DescriptorReadResult {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
