package dev.socle.catalog;

import java.util.UUID;

/**
 * A location was read again.
 *
 * @param locationId the location
 * @param trigger what caused the read
 * @param outcome what the read did
 */
public record LocationRefreshed(UUID locationId, ChangeTrigger trigger, RefreshOutcome outcome) {}
