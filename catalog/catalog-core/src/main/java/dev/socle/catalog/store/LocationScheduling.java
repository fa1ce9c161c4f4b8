package dev.socle.catalog.store;

import dev.socle.catalog.LocationClaimHolder;
import dev.socle.catalog.model.EntityRef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who refreshes which location when. Several Socle instances share one database: each claims due locations with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (the same statement on PostgreSQL and H2), so no location is read by two
 * instances at once, and a claim is a lease: a crashed instance's locations become due again when it expires. The
 * instance working on a location renews its lease ({@link #renew}) and ends only its own claim ({@link #release}).
 */
@Repository
class LocationScheduling implements ClaimLeases {

    private static final int MAX_MESSAGE = 4000;

    private final JdbcClient jdbc;

    LocationScheduling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code batchSize} due locations for {@code instance} until {@code leaseUntil}. A claim serves the
     * refresh requests made before it ({@link #requestRefresh}), as its read starts after them.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<UUID> claimDue(String instance, Instant now, Instant leaseUntil, int batchSize) {
        List<UUID> due = jdbc.sql("""
                        select id from catalog_location
                        where (next_refresh_at is null or next_refresh_at <= :now)
                          and (claimed_until is null or claimed_until < :now)
                        order by next_refresh_at nulls first, id
                        limit :batch
                        for update skip locked""")
                .param("now", at(now))
                .param("batch", batchSize)
                .query(UUID.class)
                .list();
        for (UUID id : due) {
            jdbc.sql("""
                            update catalog_location set claimed_by = :instance, claimed_at = :now,
                              claimed_until = :until, refresh_requested = false
                            where id = :id""")
                    .param("instance", instance)
                    .param("now", at(now))
                    .param("until", at(leaseUntil))
                    .param("id", id)
                    .update();
        }
        return due;
    }

    /** Claims one location unless another claim on it is still running; true when claimed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(UUID id, String instance, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        update catalog_location set claimed_by = :instance, claimed_at = :now,
                          claimed_until = :until, refresh_requested = false
                        where id = :id and (claimed_until is null or claimed_until < :now)""")
                        .param("instance", instance)
                        .param("until", at(leaseUntil))
                        .param("id", id)
                        .param("now", at(now))
                        .update()
                == 1;
    }

    /**
     * Extends {@code instance}'s claim on a location until {@code leaseUntil}, while it is still working on it;
     * false when the claim is no longer its own (it expired and another instance took the location over, or the
     * location is gone), in which case the work should stop.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean renew(UUID id, String instance, Instant leaseUntil) {
        return jdbc.sql("update catalog_location set claimed_until = :until where id = :id and claimed_by = :instance")
                        .param("until", at(leaseUntil))
                        .param("id", id)
                        .param("instance", instance)
                        .update()
                == 1;
    }

    /**
     * Ends {@code instance}'s claim and schedules the next refresh at {@code nextRefreshAt}, or at once when a refresh
     * was requested while the claim lasted ({@link #requestRefresh}); does nothing when the claim is not its own (it
     * expired and was taken over), so that one instance never ends another's claim.
     */
    @Override
    @Transactional
    public boolean release(UUID id, String instance, Instant nextRefreshAt) {
        return jdbc.sql("""
                        update catalog_location set claimed_by = null, claimed_at = null, claimed_until = null,
                          next_refresh_at = case when refresh_requested then coalesce(claimed_at, :next) else :next end,
                          refresh_requested = false
                        where id = :id and claimed_by = :instance""")
                        .param("next", at(nextRefreshAt))
                        .param("id", id)
                        .param("instance", instance)
                        .update()
                == 1;
    }

    /**
     * Ends every claim {@code instance} holds, whatever its lease, and makes those locations due at once: at
     * start-up, the claims an instance holds under its own id are those of its previous run, which stopped without
     * ending them (a crash, {@code kill -9}).
     *
     * @return how many claims were ended
     */
    @Transactional
    public int releaseAllClaimsOf(String instance, Instant now) {
        return jdbc.sql("""
                        update catalog_location set claimed_by = null, claimed_at = null, claimed_until = null,
                          next_refresh_at = :now, refresh_requested = false
                        where claimed_by = :instance""").param("now", at(now)).param("instance", instance).update();
    }

    /**
     * Asks for a refresh of a location that is claimed (its lease has not expired): the instance reading it makes it
     * due again as soon as its read ends. Empty when the location is not claimed, which the caller may then claim.
     */
    @Transactional
    public Optional<LocationClaimHolder> requestRefresh(UUID id, Instant now) {
        int requested = jdbc.sql("""
                        update catalog_location set refresh_requested = true
                        where id = :id and claimed_until >= :now""").param("id", id).param("now", at(now)).update();
        if (requested == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select claimed_by, claimed_at from catalog_location where id = :id")
                .param("id", id)
                .query((row, number) -> new LocationClaimHolder(
                        String.valueOf(row.getString(1)),
                        Optional.ofNullable(row.getObject(2, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(now)))
                .optional();
    }

    /** Remembers the version read (commit or content hash), so an unchanged source can be skipped next time. */
    @Transactional
    public void recordVersion(UUID id, String version, Instant at) {
        jdbc.sql("update catalog_location set content_hash = :version, last_refreshed_at = :at where id = :id")
                .param("version", truncate(version, 64))
                .param("at", at(at))
                .param("id", id)
                .update();
    }

    /** Makes the next refresh re-apply the source even if it has not changed, e.g. after an entity was deleted. */
    @Transactional
    public void forgetVersion(UUID id) {
        jdbc.sql("update catalog_location set content_hash = null where id = :id")
                .param("id", id)
                .update();
    }

    /**
     * Makes the next refresh of every location in error re-apply its source even if unchanged: at start-up, as the
     * rules it was checked against may have changed with the configuration. Returns how many.
     */
    @Transactional
    public int forgetVersionsOfLocationsInError() {
        return jdbc.sql("update catalog_location set content_hash = null where status = 'error'"
                        + " and content_hash is not null")
                .update();
    }

    /** The files the location's stored entities were read from. */
    @Transactional(readOnly = true)
    public List<String> sourceFilesOf(UUID id) {
        return jdbc.sql("select distinct source_file from catalog_entity where location_id = :id"
                        + " and source_file is not null")
                .param("id", id)
                .query(String.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<String> lastVersion(UUID id) {
        return jdbc.sql("select content_hash from catalog_location where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /**
     * A read that failed before anything could be stored: the entities stay as they were, and the version is
     * forgotten so that the next read that succeeds is applied even if the source did not change meanwhile.
     */
    @Transactional
    public void markFailed(UUID id, String message, Instant at) {
        jdbc.sql("""
                        update catalog_location set status = 'error', status_message = :message,
                          last_refreshed_at = :at, content_hash = null where id = :id""")
                .param("message", truncate(message, MAX_MESSAGE))
                .param("at", at(at))
                .param("id", id)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findId(String type, String target) {
        return jdbc.sql("select id from catalog_location where type = :type and target = :target")
                .param("type", type)
                .param("target", target)
                .query(UUID.class)
                .optional();
    }

    /** The location that manages the entity, if the entity exists. */
    @Transactional(readOnly = true)
    public Optional<@Nullable UUID> locationOf(EntityRef ref) {
        return jdbc.sql("select location_id from catalog_entity where entity_ref = :ref")
                .param("ref", ref.canonical().toLowerCase(java.util.Locale.ROOT))
                .query((row, number) -> row.getObject(1, UUID.class))
                .optional();
    }

    /** The location that manages the entity with this uid, if there is one. */
    @Transactional(readOnly = true)
    public Optional<@Nullable UUID> locationOfUid(String uid) {
        UUID parsed;
        try {
            parsed = UUID.fromString(uid);
        } catch (IllegalArgumentException notAUid) {
            return Optional.empty();
        }
        return jdbc.sql("select location_id from catalog_entity where uid = :uid")
                .param("uid", parsed)
                .query((row, number) -> row.getObject(1, UUID.class))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
