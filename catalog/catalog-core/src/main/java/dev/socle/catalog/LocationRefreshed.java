package dev.socle.catalog;

import java.time.Duration;
import java.util.UUID;

/**
 * A location was read again.
 *
 * @param locationId the location
 * @param trigger what caused the read
 * @param outcome what the read did
 * @param took how long the refresh took, reading and storing
 */
public record LocationRefreshed(UUID locationId, ChangeTrigger trigger, RefreshOutcome outcome, Duration took) {}
