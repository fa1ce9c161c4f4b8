package dev.socle.catalog.relation;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import java.util.List;

/**
 * Relations an entity implies, in both directions, and the references that could not be read.
 *
 * @param relations each edge and its inverse, without duplicates, in spec order
 * @param problems references that could not be read
 */
public record DerivedRelations(List<Relation> relations, List<RelationProblem> problems) {

    public DerivedRelations {
        relations = List.copyOf(relations);
        problems = List.copyOf(problems);
    }

    /** The relations that start at the given entity. */
    public List<Relation> from(EntityRef source) {
        return relations.stream()
                .filter(relation -> relation.source().equals(source))
                .toList();
    }
}
