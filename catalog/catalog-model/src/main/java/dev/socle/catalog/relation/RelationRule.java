package dev.socle.catalog.relation;

import dev.socle.catalog.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * One spec field that names other entities.
 *
 * @param field spec field, e.g. {@code owner}
 * @param defaultKind kind assumed when a reference has none, or {@code null} when the kind must be written
 * @param outgoing relation from the entity to the target
 * @param incoming relation from the target back to the entity
 */
record RelationRule(String field, @Nullable String defaultKind, RelationType outgoing, RelationType incoming) {

    static RelationRule of(String field, @Nullable String defaultKind, RelationType outgoing) {
        return new RelationRule(field, defaultKind, outgoing, outgoing.inverse());
    }
}
