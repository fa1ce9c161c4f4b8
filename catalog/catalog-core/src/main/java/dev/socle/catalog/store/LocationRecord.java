package dev.socle.catalog.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code catalog_location}. */
@Entity
@Table(name = "catalog_location")
class LocationRecord {

    @Id
    private UUID id;

    private String type;
    private String target;
    private @Nullable String branch;
    private @Nullable String path;
    private String origin;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable String createdBy;

    @Column(name = "last_refreshed_at")
    private @Nullable Instant lastRefreshedAt;

    @Column(name = "last_commit")
    private @Nullable String lastCommit;

    @Column(name = "content_hash")
    private @Nullable String contentHash;

    @Column(name = "next_refresh_at")
    private @Nullable Instant nextRefreshAt;

    @Column(name = "claimed_by")
    private @Nullable String claimedBy;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    private String status;

    @Column(name = "status_message", length = 4000)
    private @Nullable String statusMessage;

    @SuppressWarnings("NullAway.Init")
    protected LocationRecord() {}

    public LocationRecord(
            UUID id,
            String type,
            String target,
            @Nullable String branch,
            @Nullable String path,
            String origin,
            Instant createdAt,
            @Nullable String createdBy) {
        this.id = id;
        this.type = type;
        this.target = target;
        this.branch = branch;
        this.path = path;
        this.origin = origin;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = "pending";
        this.nextRefreshAt = createdAt;
    }

    /** Reserves the location for {@code by} until the lease ends, so that no scheduled refresh reads it meanwhile. */
    public void claim(String by, Instant at, Instant until) {
        this.claimedBy = by;
        this.claimedAt = at;
        this.claimedUntil = until;
    }

    /** Records the outcome of a refresh. */
    public void refreshed(Instant at, @Nullable String commit, String newStatus, @Nullable String message) {
        this.lastRefreshedAt = at;
        this.lastCommit = commit;
        this.status = newStatus;
        this.statusMessage = message;
    }

    /** {@code type:target}, the value of the {@code backstage.io/managed-by-location} annotation. */
    public String managedByValue() {
        return type + ":" + target;
    }

    public UUID getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getTarget() {
        return target;
    }

    public @Nullable String getBranch() {
        return branch;
    }

    public @Nullable String getPath() {
        return path;
    }

    public String getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getLastRefreshedAt() {
        return lastRefreshedAt;
    }

    public @Nullable String getLastCommit() {
        return lastCommit;
    }

    public @Nullable String getContentHash() {
        return contentHash;
    }

    public @Nullable Instant getNextRefreshAt() {
        return nextRefreshAt;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getClaimedUntil() {
        return claimedUntil;
    }

    public @Nullable Instant getClaimedAt() {
        return claimedAt;
    }

    public String getStatus() {
        return status;
    }

    public @Nullable String getStatusMessage() {
        return statusMessage;
    }
}
