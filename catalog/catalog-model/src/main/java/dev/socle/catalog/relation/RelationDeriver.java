package dev.socle.catalog.relation;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.InvalidEntityRefException;
import dev.socle.catalog.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the relations a built-in entity's spec implies, each with its inverse, using Backstage's default kinds;
 * a reference without namespace takes the entity's own. Unreadable references become problems, never exceptions.
 * Kinds without rules (Location, custom kinds) imply no relations.
 */
public final class RelationDeriver {

    public DerivedRelations derive(Entity entity) {
        EntityRef self = entity.ref();
        ObjectNode spec = entity.spec();
        Set<Relation> relations = new LinkedHashSet<>();
        List<RelationProblem> problems = new ArrayList<>();
        for (RelationRule rule : BuiltInRelationRules.forKind(entity.kind())) {
            JsonNode value = spec.get(rule.field());
            if (value == null || value.isNull()) {
                continue;
            }
            String pointer = "/spec/" + rule.field();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    emit(self, rule, value.get(i), pointer + "/" + i, relations, problems);
                }
            } else {
                emit(self, rule, value, pointer, relations, problems);
            }
        }
        return new DerivedRelations(List.copyOf(relations), problems);
    }

    private static void emit(
            EntityRef self,
            RelationRule rule,
            JsonNode value,
            String pointer,
            Set<Relation> relations,
            List<RelationProblem> problems) {
        try {
            EntityRef target = EntityRef.parse(value, rule.defaultKind(), self.namespace());
            relations.add(new Relation(self, rule.outgoing(), target));
            relations.add(new Relation(target, rule.incoming(), self));
        } catch (InvalidEntityRefException invalid) {
            problems.add(new RelationProblem(pointer, "spec." + rule.field() + ": " + invalid.getMessage()));
        }
    }
}
