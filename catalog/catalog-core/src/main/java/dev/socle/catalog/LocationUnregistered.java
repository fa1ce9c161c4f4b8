package dev.socle.catalog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A location was unregistered and its entities deleted, published in the transaction that did it (the entities'
 * deletion is published as {@link EntitiesChanged} events of the same transaction).
 *
 * @param locationId the location's former id
 * @param location the location as {@code type:target}
 * @param deletedEntities how many of its entities were deleted
 * @param trigger what caused it: {@link ChangeTrigger#API}, or {@link ChangeTrigger#STARTUP} for a configured
 *     location the configuration no longer lists
 * @param actor who asked for it, or {@code null}
 */
public record LocationUnregistered(
        UUID locationId,
        String location,
        int deletedEntities,
        ChangeTrigger trigger,
        @Nullable String actor) {}
