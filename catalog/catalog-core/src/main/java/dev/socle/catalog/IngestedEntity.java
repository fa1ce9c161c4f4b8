package dev.socle.catalog;

import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.relation.RelationDeriver;
import dev.socle.plugin.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One entity read from a location, with every relation it emits.
 *
 * @param entity the entity as read; its own {@code relations}, {@code metadata.uid} and {@code metadata.etag} are
 *     ignored, the catalog assigns them
 * @param relations the relations this entity emits, in both directions (each edge and its inverse, as
 *     {@link RelationDeriver} gives them); each must start or end at this entity
 * @param parentRef the Location entity whose targets led to the entity's file, or {@code null} when the file is
 *     one of the registered location's own; Backstage's ancestry
 * @param sourceFile the file the entity was read from, relative to the location, or {@code null}; used to keep
 *     the last good version of entities whose file later fails to parse
 * @param fileLocation where that file lives, as Backstage's {@code backstage.io/managed-by-location} names it
 *     ({@code url:<file URL>}, {@code file:<absolute path>}), or {@code null} for the registered location itself;
 *     the registered location is the entity's {@code backstage.io/managed-by-origin-location}
 * @param sourceLocation Backstage's {@code backstage.io/source-location} for the entity ({@code url:<folder URL>/}),
 *     or {@code null}; an annotation the entity sets itself wins
 * @param line 1-based line where the entity's document names it in {@code sourceFile}, or 0 when unknown; shown
 *     when the entity conflicts with another location's
 * @param column 1-based column of that place, or 0 when unknown
 */
public record IngestedEntity(
        Entity entity,
        List<Relation> relations,
        @Nullable String sourceFile,
        @Nullable EntityRef parentRef,
        @Nullable String fileLocation,
        @Nullable String sourceLocation,
        int line,
        int column) {

    /** An entity without file or source location: it is managed by the registered location itself. */
    public IngestedEntity(
            Entity entity, List<Relation> relations, @Nullable String sourceFile, @Nullable EntityRef parentRef) {
        this(entity, relations, sourceFile, parentRef, null, null);
    }

    /** An entity whose place in its file is unknown. */
    public IngestedEntity(
            Entity entity,
            List<Relation> relations,
            @Nullable String sourceFile,
            @Nullable EntityRef parentRef,
            @Nullable String fileLocation,
            @Nullable String sourceLocation) {
        this(entity, relations, sourceFile, parentRef, fileLocation, sourceLocation, 0, 0);
    }

    public IngestedEntity {
        relations = List.copyOf(relations);
        EntityRef self = entity.ref();
        for (Relation relation : relations) {
            if (!relation.source().equals(self) && !relation.target().equals(self)) {
                throw new InvalidInputException("Entity " + self + " cannot emit the relation " + relation.source()
                        + " " + relation.type() + " " + relation.target() + ": it neither starts nor ends at the"
                        + " entity; emit it from one of its two ends.");
            }
        }
    }

    /**
     * The entity with the relations its spec implies (both directions) plus its own {@code relations} and their
     * inverses.
     */
    public static IngestedEntity derived(Entity entity, @Nullable String sourceFile) {
        return derived(entity, sourceFile, null);
    }

    /** Like {@link #derived(Entity, String)}, for an entity whose file a Location entity led to. */
    public static IngestedEntity derived(Entity entity, @Nullable String sourceFile, @Nullable EntityRef parentRef) {
        return derived(entity, sourceFile, parentRef, null, null);
    }

    /** Like {@link #derived(Entity, String, EntityRef)}, with where the entity's file lives. */
    public static IngestedEntity derived(
            Entity entity,
            @Nullable String sourceFile,
            @Nullable EntityRef parentRef,
            @Nullable String fileLocation,
            @Nullable String sourceLocation) {
        Set<Relation> relations =
                new LinkedHashSet<>(new RelationDeriver().derive(entity).relations());
        relations.addAll(withInverses(entity.relations()));
        return new IngestedEntity(entity, List.copyOf(relations), sourceFile, parentRef, fileLocation, sourceLocation);
    }

    /**
     * An entity as {@link dev.socle.catalog.validate.DescriptorReader} gives it: its {@code relations} are the
     * outgoing ones its spec implies, derived by the reader; each is emitted with its inverse, which gives the same
     * relations as {@link #derived} without deriving them a second time.
     */
    public static IngestedEntity read(
            Entity entity,
            @Nullable String sourceFile,
            @Nullable EntityRef parentRef,
            @Nullable String fileLocation,
            @Nullable String sourceLocation) {
        return new IngestedEntity(
                entity, withInverses(entity.relations()), sourceFile, parentRef, fileLocation, sourceLocation);
    }

    private static List<Relation> withInverses(List<Relation> outgoing) {
        Set<Relation> relations = new LinkedHashSet<>(outgoing.size() * 4);
        for (Relation relation : outgoing) {
            relations.add(relation);
            relation.inverse().ifPresent(relations::add);
        }
        return List.copyOf(relations);
    }

    /** The same entity, read at this place of its file. */
    public IngestedEntity at(int atLine, int atColumn) {
        return new IngestedEntity(
                entity, relations, sourceFile, parentRef, fileLocation, sourceLocation, atLine, atColumn);
    }

    public EntityRef ref() {
        return entity.ref();
    }
}
