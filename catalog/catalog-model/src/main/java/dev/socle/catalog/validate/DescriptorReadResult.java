package dev.socle.catalog.validate;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.parse.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from one descriptor file.
 *
 * @param entities valid entities, each carrying the outgoing relations its own spec implies
 * @param relations every relation the valid entities imply, in both directions (incoming edges included, e.g. the
 *     group's {@code hasMember} for a user's {@code memberOf})
 * @param problems every problem found; an entity with an error is left out of {@code entities}, one with only
 *     warnings ({@link DescriptorProblem#isError()} false) is kept
 * @param positions where each valid entity's document names it ({@code metadata.name}), when known
 */
public record DescriptorReadResult(
        List<Entity> entities,
        List<Relation> relations,
        List<DescriptorProblem> problems,
        Map<EntityRef, SourcePosition> positions) {

    public DescriptorReadResult {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        problems = List.copyOf(problems);
        positions = Map.copyOf(positions);
    }

    /** A result without positions, e.g. for content that has no source file. */
    public DescriptorReadResult(List<Entity> entities, List<Relation> relations, List<DescriptorProblem> problems) {
        this(entities, relations, problems, Map.of());
    }

    /** Where the entity's document names it, e.g. to point at the document of an entity another location owns. */
    public Optional<SourcePosition> positionOf(EntityRef ref) {
        return Optional.ofNullable(positions.get(ref));
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Whether a problem is an error: a document or the file was refused. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(DescriptorProblem::isError);
    }
}
