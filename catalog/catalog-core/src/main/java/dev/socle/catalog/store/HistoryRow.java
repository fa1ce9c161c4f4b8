package dev.socle.catalog.store;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row to append to {@code catalog_entity_history}.
 *
 * @param entityRef lower-cased entity ref
 * @param uid the entity's uid
 * @param changedAt when
 * @param change {@code created}, {@code updated}, {@code deleted} or {@code orphaned}
 * @param trigger what caused it
 * @param actor who, or {@code null}
 * @param locationId the entity's location, or {@code null}
 * @param sourceCommit the commit read, or {@code null}
 * @param diff RFC 6902 patch from the previous final body, or {@code null} for created and deleted
 * @param body the new final body, or {@code null} for deleted
 */
record HistoryRow(
        String entityRef,
        UUID uid,
        Instant changedAt,
        String change,
        String trigger,
        @Nullable String actor,
        @Nullable UUID locationId,
        @Nullable String sourceCommit,
        @Nullable String diff,
        @Nullable String body) {}
