package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogWriter;
import dev.socle.catalog.IngestedEntity;
import dev.socle.catalog.LocationClaimHolder;
import dev.socle.catalog.LocationService;
import dev.socle.catalog.LocationSnapshotCommand;
import dev.socle.catalog.LocationType;
import dev.socle.catalog.RegisterLocationCommand;
import dev.socle.catalog.TestClock;
import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.catalog.testkit.TestEntities;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the store's internals guard concurrent writers: claims on locations, and served bodies written by stitches. */
abstract class StoreBehaviour {

    @Autowired
    EntityRows entityRows;

    @Autowired
    LocationScheduling scheduling;

    @Autowired
    LocationService locations;

    @Autowired
    CatalogWriter writer;

    @Autowired
    CatalogQueries queries;

    @Autowired
    CatalogIndexFeed index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void emptyCatalog() {
        for (String table : List.of(
                "catalog_relation",
                "catalog_entity_history",
                "catalog_entity",
                "catalog_location_problem",
                "catalog_location")) {
            jdbc.update("delete from " + table);
        }
        index.rebuild();
    }

    @Test
    void aStitchDoesNotOverwriteABodyThatAnotherStitchChangedSinceItWasRead() {
        UUID location = location("https://git.example.com/repo");
        apply(location, ingested(component("payments", "service", "team-a")));
        StoredEntity stored = get("component:default/payments");
        UUID uid = UUID.fromString(stored.uid());
        Instant now = clock.instant();
        ServedBody stale = new ServedBody(
                "component:default/payments", uid, location, "{\"stale\":true}", "stale-etag", "hash", false, now);

        assertThat(entityRows.updateServed(List.of(stale), List.of("an-etag-read-before-another-stitch")))
                .containsExactly(false);
        assertThat(get("component:default/payments").etag()).isEqualTo(stored.etag());
        assertThat(entityRows.updateServed(List.of(stale), List.of(stored.etag())))
                .containsExactly(true);
    }

    @Test
    void aClaimIsRenewedOnlyByItsHolderAndEndedOnlyByItsHolder() {
        UUID location = location("https://git.example.com/claims.yaml");
        Instant now = clock.instant();
        java.time.Duration lease = java.time.Duration.ofMinutes(10);
        assertThat(scheduling.claimDue("instance-a", now, now.plus(lease), 10)).containsExactly(location);
        assertThat(scheduling.claim(location, "instance-b", now, now.plus(lease)))
                .as("still A's")
                .isFalse();

        assertThat(scheduling.renew(location, "instance-a", now.plus(lease).plus(lease)))
                .isTrue();
        Instant later = now.plus(lease).plusSeconds(1);
        assertThat(scheduling.claim(location, "instance-b", later, later.plus(lease)))
                .as("A renewed its lease, so it has not expired")
                .isFalse();

        Instant afterTheRenewedLease = now.plus(lease).plus(lease).plusSeconds(1);
        assertThat(scheduling.claim(location, "instance-b", afterTheRenewedLease, afterTheRenewedLease.plus(lease)))
                .as("A stalled past its renewed lease: B takes over")
                .isTrue();
        assertThat(scheduling.renew(location, "instance-a", afterTheRenewedLease.plus(lease)))
                .isFalse();
        assertThat(scheduling.release(location, "instance-a", afterTheRenewedLease))
                .isFalse();
        assertThat(jdbc.queryForObject("select claimed_by from catalog_location where id = ?", String.class, location))
                .isEqualTo("instance-b");
        assertThat(scheduling.release(location, "instance-b", afterTheRenewedLease))
                .isTrue();
        assertThat(jdbc.queryForObject("select claimed_by from catalog_location where id = ?", String.class, location))
                .isNull();
    }

    @Test
    void aRefreshAskedForWhileALocationIsClaimedMakesItDueAsSoonAsTheClaimEnds() {
        UUID location = location("https://git.example.com/requested.yaml");
        Instant now = clock.instant();
        java.time.Duration lease = java.time.Duration.ofMinutes(10);
        assertThat(scheduling.claimDue("instance-a", now, now.plus(lease), 10)).containsExactly(location);
        Instant later = now.plusSeconds(30);

        assertThat(scheduling.requestRefresh(location, later)).contains(new LocationClaimHolder("instance-a", now));
        assertThat(scheduling.release(location, "instance-a", later.plus(java.time.Duration.ofHours(1))))
                .isTrue();

        assertThat(scheduling.claimDue("instance-b", later, later.plus(lease), 10))
                .as("due at once, not an hour later")
                .containsExactly(location);
        assertThat(scheduling.release(location, "instance-b", later.plus(java.time.Duration.ofHours(1))))
                .isTrue();
        assertThat(scheduling.claimDue("instance-b", later, later.plus(lease), 10))
                .as("the request was served by that read")
                .isEmpty();
        assertThat(scheduling.requestRefresh(location, later))
                .as("nobody reads it: the caller reads it itself")
                .isEmpty();
    }

    @Test
    void aRefreshAskedForBeforeAClaimIsTakenOverIsServedByTheReadOfTheInstanceThatTookItOver() {
        UUID location = location("https://git.example.com/taken-over.yaml");
        Instant now = clock.instant();
        java.time.Duration lease = java.time.Duration.ofMinutes(10);
        assertThat(scheduling.claimDue("dead-instance", now, now.plus(lease), 10))
                .containsExactly(location);
        assertThat(scheduling.requestRefresh(location, now.plusSeconds(10))).isPresent();
        Instant expired = now.plus(lease).plusSeconds(1);

        assertThat(scheduling.claimDue("instance-b", expired, expired.plus(lease), 10))
                .containsExactly(location);
        assertThat(scheduling.release(location, "instance-b", expired.plus(java.time.Duration.ofHours(1))))
                .isTrue();

        assertThat(scheduling.claimDue("instance-b", expired, expired.plus(lease), 10))
                .as("its read started after the request, so it is not read again at once")
                .isEmpty();
    }

    @Test
    void atStartUpAnInstanceEndsOnlyTheClaimsItsOwnEarlierRunLeft() {
        UUID own = location("https://git.example.com/own.yaml");
        UUID others = location("https://git.example.com/others.yaml");
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(java.time.Duration.ofMinutes(10));
        assertThat(scheduling.claim(own, "instance-a", now, leaseEnd)).isTrue();
        assertThat(scheduling.claim(others, "instance-b", now, leaseEnd)).isTrue();
        Instant restarted = now.plusSeconds(5);

        assertThat(scheduling.releaseAllClaimsOf("instance-a", restarted)).isEqualTo(1);

        assertThat(scheduling.claimDue("instance-a", restarted, restarted.plus(java.time.Duration.ofMinutes(10)), 10))
                .as("its own location is due at once; the other instance's stays claimed until its lease ends")
                .containsExactly(own);
    }

    private UUID location(String target) {
        return locations
                .register(RegisterLocationCommand.of(LocationType.URL, target))
                .id();
    }

    private void apply(UUID location, IngestedEntity entity) {
        writer.applyLocationSnapshot(LocationSnapshotCommand.of(location, List.of(entity)));
    }

    private StoredEntity get(String ref) {
        return queries.byRef(EntityRef.parse(ref)).orElseThrow(() -> new AssertionError("no entity " + ref));
    }

    private static IngestedEntity ingested(Entity entity) {
        return IngestedEntity.derived(entity, "catalog-info.yaml");
    }

    private static Entity component(String name, String type, String owner) {
        return Entity.fromJson(JsonText.parse(
                TestEntities.component(name).type(type).spec("owner", owner).json()));
    }
}
