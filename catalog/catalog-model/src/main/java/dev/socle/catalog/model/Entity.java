package dev.socle.catalog.model;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Backstage entity as an immutable value.
 *
 * @param apiVersion e.g. {@code backstage.io/v1alpha1}
 * @param kind e.g. {@code Component}
 * @param metadata name, namespace, labels and the rest of {@code metadata}
 * @param spec the kind-specific {@code spec}; copied on the way in and out, so it cannot change under the record
 * @param relations outgoing relations, empty until the catalog stitches them
 */
public record Entity(
        String apiVersion, String kind, EntityMetadata metadata, ObjectNode spec, List<Relation> relations) {

    public Entity {
        if (apiVersion.isBlank() || kind.isBlank()) {
            throw new InvalidEntityException("An entity needs apiVersion and kind, got apiVersion '" + apiVersion
                    + "' and kind '" + kind + "'; e.g. apiVersion: backstage.io/v1alpha1, kind: Component.");
        }
        spec = spec.deepCopy();
        relations = List.copyOf(relations);
    }

    @Override
    public ObjectNode spec() {
        return spec.deepCopy();
    }

    /** This entity's own reference. */
    public EntityRef ref() {
        return new EntityRef(kind, metadata.namespace(), metadata.name());
    }

    /** A copy carrying the given outgoing relations instead of the current ones. */
    public Entity withRelations(List<Relation> newRelations) {
        return new Entity(apiVersion, kind, metadata, spec, newRelations);
    }

    /**
     * Reads an entity from Backstage-shaped JSON ({@code apiVersion}, {@code kind}, {@code metadata}, {@code spec},
     * {@code relations}). Validate the tree first; this only checks the shape it needs.
     *
     * @throws InvalidEntityException when a required field is missing or has the wrong type
     */
    public static Entity fromJson(JsonNode json) {
        return EntityJsonReader.read(json);
    }

    /** Backstage-shaped JSON: apiVersion, kind, metadata, spec and relations as {@code [{type, targetRef}]}. */
    public ObjectNode toJson() {
        return EntityJsonWriter.write(this);
    }
}
