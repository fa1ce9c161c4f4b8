package dev.socle.catalog;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A location and the entities it holds, as answered to a registration or a dry run.
 *
 * @param location the location (for a dry run of a new location, with a fresh id that is not stored)
 * @param entities the entities it holds, as the API serves them
 * @param exists whether the location was already registered
 */
public record LocationRegistration(RegisteredLocation location, List<ObjectNode> entities, boolean exists) {

    public LocationRegistration {
        entities = List.copyOf(entities);
    }
}
