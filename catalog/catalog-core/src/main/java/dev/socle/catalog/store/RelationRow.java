package dev.socle.catalog.store;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code catalog_relation}: one edge, shown on its source as {@code type} and, when it has an inverse, on
 * its target as {@code inverseType}.
 *
 * @param sourceRef lower-cased ref of the entity the edge starts from
 * @param source the same ref, kind and namespace lower-cased, name as written
 * @param type relation type seen from the source
 * @param inverseType relation type seen from the target, or {@code null} if the edge shows on its source only
 * @param targetRef lower-cased ref of the entity the edge points at
 * @param target the same ref, kind and namespace lower-cased, name as written
 * @param emittedByRef lower-cased ref of the entity whose ingestion produced the row: the source or the target
 */
record RelationRow(
        String sourceRef,
        String source,
        String type,
        @Nullable String inverseType,
        String targetRef,
        String target,
        String emittedByRef) {

    /**
     * The rows for the relations one entity emits: a relation and its inverse, as the deriver gives them, become
     * one row, stored from the end that is the entity; a relation without its inverse becomes a row of its own.
     */
    static List<RelationRow> of(EntityRef emitter, List<Relation> relations) {
        Set<Relation> emitted = new HashSet<>(relations);
        String emittedBy = EntityWrites.lowerRef(emitter);
        List<RelationRow> rows = new ArrayList<>();
        for (Relation relation : relations) {
            Optional<Relation> inverse = relation.inverse().filter(emitted::contains);
            if (inverse.isPresent() && !relation.source().equals(emitter)) {
                continue;
            }
            rows.add(new RelationRow(
                    EntityWrites.lowerRef(relation.source()),
                    relation.source().canonical(),
                    relation.type(),
                    inverse.map(Relation::type).orElse(null),
                    EntityWrites.lowerRef(relation.target()),
                    relation.target().canonical(),
                    emittedBy));
        }
        return rows;
    }
}
