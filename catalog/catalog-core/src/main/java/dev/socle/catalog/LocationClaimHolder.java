package dev.socle.catalog;

import java.time.Instant;

/**
 * Who holds the claim on a location and since when.
 *
 * @param instance the id of the instance reading the location ({@code socle.catalog.instance-id})
 * @param since when its claim began
 */
public record LocationClaimHolder(String instance, Instant since) {}
