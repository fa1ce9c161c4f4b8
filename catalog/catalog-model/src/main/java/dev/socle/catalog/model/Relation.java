package dev.socle.catalog.model;

import dev.socle.plugin.InvalidInputException;
import java.util.Optional;

/**
 * A directed edge between two entities.
 *
 * @param source entity the relation starts from
 * @param type relation type, e.g. {@code ownedBy}; see {@link RelationType} for the well-known ones
 * @param target entity the relation points at
 */
public record Relation(EntityRef source, String type, EntityRef target) {

    public Relation {
        if (type.isBlank()) {
            throw new InvalidInputException(
                    "A relation from " + source + " to " + target + " has an empty type; use a type such as ownedBy.");
        }
    }

    public Relation(EntityRef source, RelationType type, EntityRef target) {
        this(source, type.value(), target);
    }

    /** The same edge seen from the target, when the type is well-known. */
    public Optional<Relation> inverse() {
        return RelationType.inverseOf(type).map(inverseType -> new Relation(target, inverseType, source));
    }
}
