package dev.socle.catalog.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A row of the append-only {@code catalog_entity_history}, read through JPA (written in batches by {@link HistoryRows}). */
@Entity
@Immutable
@Table(name = "catalog_entity_history")
public class HistoryRecord {

    @Id
    private Long id;

    @Column(name = "entity_ref")
    private String entityRef;

    private UUID uid;

    @Column(name = "changed_at")
    private Instant changedAt;

    private String change;

    @Column(name = "change_trigger")
    private String trigger;

    private @Nullable String actor;

    @Column(name = "location_id")
    private @Nullable UUID locationId;

    @Column(name = "source_commit")
    private @Nullable String sourceCommit;

    private @Nullable String diff;
    private @Nullable String body;

    @SuppressWarnings("NullAway.Init")
    protected HistoryRecord() {}

    public Long getId() {
        return id;
    }

    public String getEntityRef() {
        return entityRef;
    }

    public UUID getUid() {
        return uid;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChange() {
        return change;
    }

    public String getTrigger() {
        return trigger;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public @Nullable UUID getLocationId() {
        return locationId;
    }

    public @Nullable String getSourceCommit() {
        return sourceCommit;
    }

    public @Nullable String getDiff() {
        return diff;
    }

    public @Nullable String getBody() {
        return body;
    }
}
