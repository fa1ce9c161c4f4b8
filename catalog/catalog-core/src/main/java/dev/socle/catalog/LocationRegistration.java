package dev.socle.catalog;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import java.util.List;

/**
 * A location and the entities it holds, as answered to a registration or a dry run.
 *
 * @param location the location (for a dry run of a new location, with a fresh id that is not stored)
 * @param entities the entities it holds, with the relations they emit (a dry run's have no uid or etag)
 * @param exists whether the location was already registered
 * @param problems what reading it found wrong (a dry run's validation errors), with file, line and column
 */
public record LocationRegistration(
        RegisteredLocation location, List<Entity> entities, boolean exists, List<DescriptorProblem> problems) {

    public LocationRegistration {
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
    }

    /** A registration without problems to report. */
    public LocationRegistration(RegisteredLocation location, List<Entity> entities, boolean exists) {
        this(location, entities, exists, List.of());
    }
}
