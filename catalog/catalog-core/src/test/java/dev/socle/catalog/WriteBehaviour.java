package dev.socle.catalog;

import static dev.socle.catalog.CatalogFixtures.component;
import static dev.socle.catalog.CatalogFixtures.entity;
import static dev.socle.catalog.CatalogFixtures.group;
import static dev.socle.catalog.CatalogFixtures.ingested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.HistoryEntry;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.plugin.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How snapshots, conflicts, failures, orphans and deletions change the stored catalog. */
abstract class WriteBehaviour extends CatalogTestSupport {

    @Test
    void aNewEntityIsServedWithUidEtagManagedByAnnotationsAndRelations() {
        UUID location = location("https://git.example.com/payments/catalog-info.yaml");

        LocationWriteResult result = apply(location, ingested(component("Payments", "service", "team-a")));

        assertThat(result.created()).isEqualTo(1);
        StoredEntity payments = get("component:default/payments");
        assertThat(payments.ref().name()).isEqualTo("Payments");
        assertThat(payments.body().path("metadata").path("uid").asString()).isEqualTo(payments.uid());
        assertThat(payments.body().path("metadata").path("etag").asString()).isEqualTo(payments.etag());
        assertThat(payments.body()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/managed-by-location")
                        .asString())
                .isEqualTo("url:https://git.example.com/payments/catalog-info.yaml");
        assertThat(payments.body()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/managed-by-origin-location")
                        .asString())
                .isEqualTo("url:https://git.example.com/payments/catalog-info.yaml");
        assertThat(relations(payments)).containsExactly("ownedBy group:default/team-a");
        assertThat(queries.history(EntityRef.parse("component:default/payments")))
                .extracting(HistoryEntry::change)
                .containsExactly("created");
    }

    @Test
    void anUnchangedRefreshWritesNothingAndKeepsTheEtag() {
        UUID location = location("https://git.example.com/a.yaml");
        apply(location, ingested(component("payments", "service", "team-a")));
        StoredEntity before = get("component:default/payments");

        LocationWriteResult again = apply(location, ingested(component("payments", "service", "team-a")));

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.created() + again.updated() + again.restitched()).isZero();
        assertThat(get("component:default/payments").etag()).isEqualTo(before.etag());
        assertThat(get("component:default/payments").uid()).isEqualTo(before.uid());
        assertThat(rows("catalog_entity_history")).isEqualTo(1);
    }

    @Test
    void aChangedEntityKeepsItsUidGetsANewEtagAndAHistoryEntryWithItsDiff() {
        UUID location = location("https://git.example.com/a.yaml");
        apply(location, ingested(component("payments", "service", "team-a")));
        StoredEntity before = get("component:default/payments");

        LocationWriteResult result = apply(location, ingested(component("payments", "website", "team-a")));

        StoredEntity after = get("component:default/payments");
        assertThat(result.updated()).isEqualTo(1);
        assertThat(after.uid()).isEqualTo(before.uid());
        assertThat(after.etag()).isNotEqualTo(before.etag());
        HistoryEntry latest =
                queries.history(EntityRef.parse("component:default/payments")).getFirst();
        assertThat(latest.change()).isEqualTo("updated");
        assertThat(latest.diff()).isNotNull();
        assertThat(latest.diff().toString())
                .contains(
                        "\"op\":\"replace\"",
                        "\"path\":\"/spec/type\"",
                        "\"value\":\"website\"",
                        "\"path\":\"/metadata/etag\"");
        assertThat(JsonPatch.apply(latest.diff(), before.body())).isEqualTo(after.body());
    }

    @Test
    void relationsShowOnBothEndsAndAppearOnATargetThatIsIngestedLater() {
        UUID services = location("https://git.example.com/services.yaml");
        UUID teams = location("https://git.example.com/teams.yaml");
        apply(services, ingested(component("payments", "service", "Team-A")));
        StoredEntity paymentsBefore = get("component:default/payments");

        apply(teams, ingested(group("team-a")));

        assertThat(relations(get("group:default/team-a"))).containsExactly("ownerOf component:default/payments");
        assertThat(relations(get("component:default/payments"))).containsExactly("ownedBy group:default/Team-A");
        assertThat(get("component:default/payments").etag()).isEqualTo(paymentsBefore.etag());
        assertThat(queries.history(EntityRef.parse("component:default/payments")))
                .hasSize(1);
    }

    @Test
    void anEntityGainingAnIncomingRelationFromAnotherLocationIsRestitched() {
        UUID teams = location("https://git.example.com/teams.yaml");
        UUID services = location("https://git.example.com/services.yaml");
        apply(teams, ingested(group("team-a")));
        StoredEntity before = get("group:default/team-a");

        LocationWriteResult result = apply(services, ingested(component("payments", "service", "team-a")));

        StoredEntity after = get("group:default/team-a");
        assertThat(result.restitched()).isEqualTo(1);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(relations(after)).containsExactly("ownerOf component:default/payments");
        assertThat(queries.history(EntityRef.parse("group:default/team-a")))
                .extracting(HistoryEntry::change)
                .containsExactly("updated", "created");
        assertThat(queries.query(dev.socle.catalog.query.EntityQuery.of(
                                dev.socle.catalog.query.EntityFilter.parse(
                                        List.of("relations.ownerof=component:default/payments")),
                                List.of(),
                                10))
                        .items())
                .extracting(StoredEntity::uid)
                .containsExactly(after.uid());
    }

    @Test
    void theFirstLocationKeepsAnEntityAndTheSecondGetsAConflictNamingIt() {
        UUID first = location("https://git.example.com/first.yaml");
        UUID second = location("https://git.example.com/second.yaml");
        apply(first, ingested(component("payments", "service", "team-a")));

        LocationWriteResult result = apply(second, ingested(component("payments", "website", "team-b"), "x.yaml"));

        assertThat(result.conflicts()).containsExactly(EntityRef.parse("component:default/payments"));
        assertThat(get("component:default/payments")
                        .body()
                        .path("spec")
                        .path("type")
                        .asString())
                .isEqualTo("service");
        assertThat(locations.problems(second)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(problem.file()).isEqualTo("x.yaml");
            assertThat(problem.entityRef()).isEqualTo("component:default/payments");
            assertThat(problem.message()).contains("url:https://git.example.com/first.yaml", "Unregister");
        });
        assertThat(locations.find(second).orElseThrow().status()).isEqualTo("error");
        assertThat(locations.find(first).orElseThrow().status()).isEqualTo("ok");
    }

    @Test
    void whenTheOwningLocationIsDeletedTheOtherLocationTakesTheEntityOnItsNextRefresh() {
        UUID first = location("https://git.example.com/first.yaml");
        UUID second = location("https://git.example.com/second.yaml");
        apply(first, ingested(component("payments", "service", "team-a")));
        apply(second, ingested(component("payments", "website", "team-b")));

        writer.deleteLocation(first, ChangeTrigger.API, null);
        apply(second, ingested(component("payments", "website", "team-b")));

        assertThat(get("component:default/payments")
                        .body()
                        .path("spec")
                        .path("type")
                        .asString())
                .isEqualTo("website");
        assertThat(locations.problems(second)).isEmpty();
    }

    @Test
    void anEntityWhoseFileFailsKeepsItsLastGoodVersionWithTheProblemAttached() {
        UUID location = location("https://git.example.com/repo");
        apply(
                location,
                ingested(component("payments", "service", "team-a"), "payments.yaml"),
                ingested(component("billing", "service", "team-a"), "billing.yaml"));
        StoredEntity before = get("component:default/payments");

        LocationWriteResult result = writer.applyLocationSnapshot(new LocationSnapshotCommand(
                location,
                List.of(ingested(component("billing", "service", "team-a"), "billing.yaml")),
                List.of(new DescriptorProblem("payments.yaml", 3, 5, "spec.type must be a string")),
                Set.of(),
                Set.of("payments.yaml"),
                OrphanStrategy.DELETE,
                ChangeTrigger.SCHEDULED_REFRESH,
                null,
                "abc123"));

        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.deleted() + result.orphaned()).isZero();
        StoredEntity after = get("component:default/payments");
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(after.body().path("metadata").path("annotations").has("backstage.io/orphan"))
                .isFalse();
        assertThat(locations.problems(location))
                .extracting(LocationProblem::file, LocationProblem::entityRef)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("payments.yaml", null),
                        org.assertj.core.groups.Tuple.tuple("payments.yaml", "component:default/payments"));
        assertThat(locations.problems(location).getFirst().line()).isEqualTo(3);
    }

    @Test
    void anEntityNamedAsFailedIsKeptToo() {
        UUID location = location("https://git.example.com/repo");
        apply(location, ingested(component("payments", "service", "team-a")));

        LocationWriteResult result = writer.applyLocationSnapshot(new LocationSnapshotCommand(
                location,
                List.of(),
                List.of(),
                Set.of(EntityRef.parse("Component:default/Payments")),
                Set.of(),
                OrphanStrategy.DELETE,
                ChangeTrigger.SCHEDULED_REFRESH,
                null,
                null));

        assertThat(result.kept()).isEqualTo(1);
        assertThat(exists("component:default/payments")).isTrue();
    }

    @Test
    void anEntityNoLongerEmittedIsOrphanedWhenKeepingAndComesBackClean() {
        UUID location = location("https://git.example.com/repo");
        apply(
                location,
                ingested(component("payments", "service", "team-a")),
                ingested(component("billing", "service", "team-a")));

        LocationWriteResult result =
                apply(location, OrphanStrategy.KEEP, ingested(component("billing", "service", "team-a")));

        assertThat(result.orphaned()).isEqualTo(1);
        StoredEntity orphan = get("component:default/payments");
        assertThat(orphan.body()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/orphan")
                        .asString())
                .isEqualTo("true");
        assertThat(queries.history(EntityRef.parse("component:default/payments"))
                        .getFirst()
                        .change())
                .isEqualTo("orphaned");

        apply(
                location,
                ingested(component("payments", "service", "team-a")),
                ingested(component("billing", "service", "team-a")));

        assertThat(get("component:default/payments")
                        .body()
                        .path("metadata")
                        .path("annotations")
                        .has("backstage.io/orphan"))
                .isFalse();
        assertThat(get("component:default/payments").uid()).isEqualTo(orphan.uid());
    }

    @Test
    void anEntityNoLongerEmittedIsDeletedWhenDeletingAndItsRelationsLeaveItsNeighbours() {
        UUID location = location("https://git.example.com/repo");
        UUID teams = location("https://git.example.com/teams");
        apply(teams, ingested(group("team-a")));
        apply(
                location,
                ingested(component("payments", "service", "team-a")),
                ingested(component("billing", "service", "team-a")));
        assertThat(relations(get("group:default/team-a"))).hasSize(2);

        LocationWriteResult result =
                apply(location, OrphanStrategy.DELETE, ingested(component("billing", "service", "team-a")));

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(exists("component:default/payments")).isFalse();
        assertThat(relations(get("group:default/team-a"))).containsExactly("ownerOf component:default/billing");
        assertThat(queries.history(EntityRef.parse("component:default/payments"))
                        .getFirst())
                .satisfies(entry -> {
                    assertThat(entry.change()).isEqualTo("deleted");
                    assertThat(entry.body()).isNull();
                });
    }

    @Test
    void deletingALocationDeletesItsEntitiesAndTheirRowsAndRestitchesNeighbours() {
        UUID location = location("https://git.example.com/repo");
        UUID teams = location("https://git.example.com/teams");
        apply(teams, ingested(group("team-a")));
        apply(location, ingested(component("payments", "service", "team-a")));

        int deleted = writer.deleteLocation(location, ChangeTrigger.API, null);

        assertThat(deleted).isEqualTo(1);
        assertThat(exists("component:default/payments")).isFalse();
        assertThat(relations(get("group:default/team-a"))).isEmpty();
        assertThat(rows("catalog_relation")).isZero();
        assertThat(queries.query(EntityQuery.of(EntityFilter.parse(List.of("kind=component")), List.of(), 10))
                        .items())
                .isEmpty();
        assertThat(locations.find(location)).isEmpty();
        assertThat(queries.history(EntityRef.parse("component:default/payments"))
                        .getFirst()
                        .change())
                .isEqualTo("deleted");
        assertThatThrownBy(() -> writer.deleteLocation(location, ChangeTrigger.API, null))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(location.toString());
    }

    @Test
    void deletingAnEntityByUidRemovesItUntilItsLocationEmitsItAgain() {
        UUID location = location("https://git.example.com/repo");
        apply(location, ingested(component("payments", "service", "team-a")));
        String uid = get("component:default/payments").uid();

        writer.deleteEntityByUid(uid, ChangeTrigger.API, null);

        assertThat(queries.byUidWithProblems(uid)).isEmpty();
        assertThatThrownBy(() -> writer.deleteEntityByUid(uid, ChangeTrigger.API, null))
                .isInstanceOf(NotFoundException.class);
        apply(location, ingested(component("payments", "service", "team-a")));
        assertThat(get("component:default/payments").uid()).isNotEqualTo(uid);
    }

    @Test
    void snapshotsOfAnUnknownLocationAreRefused() {
        assertThatThrownBy(() -> apply(UUID.randomUUID(), ingested(group("x"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("register it first");
    }

    @Test
    void historyKeepsEveryVersionAndAsOfReturnsTheOneInForceAtThatTime() {
        UUID location = location("https://git.example.com/repo");
        EntityRef ref = EntityRef.parse("component:default/payments");
        java.time.Instant created = clock.instant();
        apply(location, ingested(component("payments", "service", "team-a")));
        clock.advance(java.time.Duration.ofHours(1));
        apply(
                location,
                ingested(entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Component','metadata':"
                        + "{'name':'payments','title':'Payments'},'spec':{'type':'service','owner':'team-b'}}")));
        clock.advance(java.time.Duration.ofHours(1));
        writer.deleteEntityByUid(get("component:default/payments").uid(), ChangeTrigger.API, null);

        List<HistoryEntry> history = queries.history(ref);
        assertThat(history).extracting(HistoryEntry::change).containsExactly("deleted", "updated", "created");
        assertThat(history.get(2).body()).isNotNull();
        assertThat(JsonPatch.apply(history.get(1).diff(), history.get(2).body()))
                .isEqualTo(history.get(1).body());
        assertThat(queries.asOf(ref, created.minusSeconds(1))).isEmpty();
        assertThat(queries.asOf(ref, created.plusSeconds(60))
                        .orElseThrow()
                        .path("spec")
                        .path("owner")
                        .asString())
                .isEqualTo("team-a");
        assertThat(queries.asOf(ref, created.plusSeconds(3600))
                        .orElseThrow()
                        .path("metadata")
                        .path("title")
                        .asString())
                .isEqualTo("Payments");
        assertThat(queries.asOf(ref, clock.instant())).isEmpty();
    }

    @Test
    void aLargeSnapshotIsStoredInChunksAndItsRefreshWritesNothing() {
        UUID location = location("https://git.example.com/big");
        List<IngestedEntity> entities = new java.util.ArrayList<>();
        entities.add(ingested(group("team-0")));
        for (int i = 0; i < 2500; i++) {
            entities.add(ingested(component("svc-" + i, i % 2 == 0 ? "service" : "website", "team-" + (i % 3))));
        }
        LocationSnapshotCommand command = LocationSnapshotCommand.of(location, entities);

        LocationWriteResult first = writer.applyLocationSnapshot(command);
        LocationWriteResult second = writer.applyLocationSnapshot(command);

        assertThat(first.created()).isEqualTo(2501);
        assertThat(second.unchanged()).isEqualTo(2501);
        assertThat(rows("catalog_entity_history")).isEqualTo(2501);
        assertThat(relations(get("group:default/team-0"))).hasSize(834);
        assertThat(rows("catalog_relation"))
                .as("one row per edge, its inverse shown from it")
                .isEqualTo(2500);
    }

    @Test
    void aSnapshotThatFailsLeavesNoRelationsOfTheEntitiesItNeverStored() {
        UUID location = location("https://git.example.com/repo");
        LocationSnapshotWrite write =
                writer.beginSnapshot(location, OrphanStrategy.KEEP, ChangeTrigger.SCHEDULED_REFRESH, null, null);
        write.add(List.of(ingested(component("payments", "service", "team-a"))));
        assertThat(rows("catalog_relation"))
                .as("relations are stored with each chunk")
                .isPositive();
        writer.deleteLocation(location, ChangeTrigger.API, null);

        assertThatThrownBy(() -> write.finish(List.of(), Set.of(), Set.of())).isInstanceOf(NotFoundException.class);
        write.abandon();

        assertThat(rows("catalog_relation")).isZero();
        assertThat(exists("component:default/payments")).isFalse();
    }

    @Test
    void aChangeWhoseSnapshotFailsBeforeTheStitchIsStoredByTheNextReadOfTheSameContent() {
        UUID location = location("https://git.example.com/repo");
        apply(location, ingested(component("payments", "service", "team-a")));
        StoredEntity before = get("component:default/payments");
        LocationSnapshotWrite write =
                writer.beginSnapshot(location, OrphanStrategy.KEEP, ChangeTrigger.SCHEDULED_REFRESH, null, null);
        write.add(List.of(ingested(component("payments", "website", "team-a"))));
        write.abandon();
        assertThat(get("component:default/payments").body())
                .as("served as before")
                .isEqualTo(before.body());

        LocationWriteResult retried = apply(location, ingested(component("payments", "website", "team-a")));

        assertThat(retried.updated()).isEqualTo(1);
        assertThat(get("component:default/payments")
                        .body()
                        .path("spec")
                        .path("type")
                        .asString())
                .isEqualTo("website");
    }

    @Test
    void anEntityIsManagedByTheFileItWasReadFromAndOriginatesFromTheRegisteredLocation() {
        UUID location = location("https://git.example.com/acme/payments/tree/main/services");
        IngestedEntity read =
                ingested(component("payments", "service", "team-a"), "services/payments/catalog-info.yaml");
        String file = "url:https://git.example.com/acme/payments/blob/main/services/payments/catalog-info.yaml";
        String folder = "url:https://git.example.com/acme/payments/blob/main/services/payments/";

        apply(location, new IngestedEntity(read.entity(), read.relations(), read.sourceFile(), null, file, folder));

        var annotations =
                get("component:default/payments").body().path("metadata").path("annotations");
        assertThat(annotations.path("backstage.io/managed-by-location").asString())
                .isEqualTo(file);
        assertThat(annotations.path("backstage.io/managed-by-origin-location").asString())
                .isEqualTo("url:https://git.example.com/acme/payments/tree/main/services");
        assertThat(annotations.path("backstage.io/source-location").asString()).isEqualTo(folder);
    }

    @Test
    void aSourceLocationTheEntitySetsItselfIsKept() {
        UUID location = location("https://git.example.com/acme/payments/blob/main/catalog-info.yaml");
        IngestedEntity read = ingested(entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Component','metadata':"
                + "{'name':'payments','annotations':{'backstage.io/source-location':'url:https://elsewhere/x/'}},"
                + "'spec':{'type':'service','lifecycle':'production','owner':'team-a'}}"));

        apply(
                location,
                new IngestedEntity(
                        read.entity(),
                        read.relations(),
                        read.sourceFile(),
                        null,
                        "url:https://git.example.com/acme/payments/blob/main/catalog-info.yaml",
                        "url:https://git.example.com/acme/payments/blob/main/"));

        assertThat(get("component:default/payments")
                        .body()
                        .path("metadata")
                        .path("annotations")
                        .path("backstage.io/source-location")
                        .asString())
                .isEqualTo("url:https://elsewhere/x/");
    }
}
