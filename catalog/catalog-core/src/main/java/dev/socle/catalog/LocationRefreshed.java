package dev.socle.catalog;

import java.util.UUID;

/**
 * A location was read again (or for the first time, when registered through the API), published in the transaction
 * that recorded the outcome: with the last changes to its entities when {@link RefreshOutcome#APPLIED}.
 *
 * @param locationId the location
 * @param trigger what caused the read
 * @param outcome what the read did: {@link RefreshOutcome#APPLIED}, {@link RefreshOutcome#UNCHANGED} or
 *     {@link RefreshOutcome#FAILED}
 */
public record LocationRefreshed(UUID locationId, ChangeTrigger trigger, RefreshOutcome outcome) {}
