package dev.socle.catalog.query;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change of an entity.
 *
 * @param id increasing id of the entry
 * @param entityRef lower-cased entity ref
 * @param uid the entity's uid at the time
 * @param changedAt when
 * @param change {@code created}, {@code updated}, {@code deleted} or {@code orphaned}
 * @param trigger {@code scheduled-refresh}, {@code on-demand-refresh}, {@code api}, {@code user} or
 *     {@code startup}
 * @param actor who, or {@code null}
 * @param locationId the entity's location, or {@code null}
 * @param sourceCommit the commit read, or {@code null}
 * @param diff RFC 6902 JSON Patch from the previous served body, or {@code null} for created and deleted
 * @param body the served body after the change, or {@code null} for deleted
 */
public record HistoryEntry(
        long id,
        String entityRef,
        UUID uid,
        Instant changedAt,
        String change,
        String trigger,
        @Nullable String actor,
        @Nullable UUID locationId,
        @Nullable String sourceCommit,
        @Nullable JsonNode diff,
        @Nullable JsonNode body) {}
