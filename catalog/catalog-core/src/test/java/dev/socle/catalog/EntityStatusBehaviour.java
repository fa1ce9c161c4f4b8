package dev.socle.catalog;

import static dev.socle.catalog.CatalogFixtures.component;
import static dev.socle.catalog.CatalogFixtures.entity;
import static dev.socle.catalog.CatalogFixtures.ingested;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.store.CatalogStore;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@code status.items} of a served entity explain: errors, kept versions, orphans, conflicts, locations. */
abstract class EntityStatusBehaviour extends CatalogTestSupport {

    static final String REPO = "https://git.example.com/repo";

    @Autowired
    CatalogStore store;

    @Test
    void anEntityWhoseFileFailsCarriesThatFilesProblemsWithLineColumnAndCommit() {
        UUID location = location(REPO);
        read(
                location,
                "c1",
                List.of(),
                Set.of(),
                ingested(component("payments", "service", "team-a"), "payments.yaml"),
                ingested(component("billing", "service", "team-a"), "billing.yaml"));

        read(
                location,
                "c2",
                List.of(new DescriptorProblem("payments.yaml", 3, 5, "spec.type must be a string.")),
                Set.of("payments.yaml"),
                ingested(component("billing", "service", "team-a"), "billing.yaml"));

        ServedEntity payments = served("component:default/payments");
        assertThat(payments.entity().body().path("spec").path("type").asString())
                .isEqualTo("service");
        assertThat(payments.status()).hasSize(1);
        EntityStatusItem item = payments.status().getFirst();
        assertThat(item.kind()).isEqualTo(ProblemKind.KEPT);
        assertThat(item.level()).isEqualTo(EntityStatusItem.Level.ERROR);
        String message = "payments.yaml:3:5: spec.type must be a string. Because payments.yaml could not be read at"
                + " commit c2, the catalog serves the last good version of this entity; fix the file, and the next"
                + " refresh of location url:" + REPO + " stores it again.";
        assertThat(item.errorName()).isEqualTo("InputError");
        assertThat(item.message()).isEqualTo(message);
        assertThat(item.file()).isEqualTo("payments.yaml");
        assertThat(item.position()).isEqualTo(new EntityStatusItem.Position(3, 5));
        assertThat(item.commit()).isEqualTo("c2");
        assertThat(item.location()).isEqualTo("url:" + REPO);
        assertThat(served("component:default/billing").status()).isEmpty();
    }

    @Test
    void anOrphanSaysWhereAndAtWhichCommitItWasLastSeenAndWhatToDo() {
        UUID location = location(REPO);
        read(
                location,
                "c1",
                List.of(),
                Set.of(),
                ingested(component("payments", "service", "team-a"), "payments.yaml"),
                ingested(component("billing", "service", "team-a"), "billing.yaml"));

        read(location, "c2", List.of(), Set.of(), ingested(component("billing", "service", "team-a"), "billing.yaml"));
        read(location, "c3", List.of(), Set.of(), ingested(component("billing", "service", "team-b"), "billing.yaml"));

        ServedEntity payments = served("component:default/payments");
        String uid = payments.entity().uid();
        assertThat(payments.status()).hasSize(1);
        EntityStatusItem item = payments.status().getFirst();
        String message = "This entity is an orphan: Location url:" + REPO + " no longer emits this entity as of"
                + " commit c2; it was last seen in payments.yaml at commit c1. Restore its descriptor in"
                + " payments.yaml, or delete the entity with DELETE /api/catalog/entities/by-uid/" + uid + ".";
        assertThat(item.errorName()).isEqualTo("NotFoundError");
        assertThat(item.kind()).isEqualTo(ProblemKind.ORPHAN);
        assertThat(item.message()).isEqualTo(message);
        assertThat(item.file()).isEqualTo("payments.yaml");
        assertThat(item.commit()).isEqualTo("c1");
        assertThat(item.position()).isNull();
        assertThat(locations.find(location).orElseThrow().status())
                .as("an orphan is no error of its location")
                .isEqualTo("ok");
        assertThat(locations.problems(location)).isEmpty();
    }

    @Test
    void anOrphanThatComesBackHasNoStatus() {
        UUID location = location(REPO);
        read(location, "c1", List.of(), Set.of(), ingested(component("payments", "service", "team-a")));
        read(location, "c2", List.of(), Set.of());

        read(location, "c3", List.of(), Set.of(), ingested(component("payments", "service", "team-a")));

        assertThat(served("component:default/payments").status()).isEmpty();
    }

    @Test
    void theGeneratedLocationEntityShowsEveryProblemOfItsLastRead() {
        UUID location = location(REPO);

        read(
                location,
                "c1",
                List.of(new DescriptorProblem("broken.yaml", 7, 3, "metadata.name is missing.")),
                Set.of("broken.yaml"),
                generatedLocationEntity(REPO));

        List<EntityStatusItem> items = served("location:default/generated-repo").status();
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().errorName()).isEqualTo("InputError");
        assertThat(items.getFirst().message()).isEqualTo("broken.yaml:7:3: metadata.name is missing. (commit c1)");
        assertThat(items.getFirst().file()).isEqualTo("broken.yaml");
        assertThat(items.getFirst().position()).isEqualTo(new EntityStatusItem.Position(7, 3));
        assertThat(items.getFirst().commit()).isEqualTo("c1");
    }

    @Test
    void theLoserOfAConflictShowsItOnItsLocationEntityAndTheWinnerOnlyAWarning() {
        UUID first = location("https://git.example.com/first");
        UUID second = location("https://git.example.com/second");
        read(
                first,
                "a1",
                List.of(),
                Set.of(),
                generatedLocationEntity("https://git.example.com/first"),
                ingested(component("payments", "service", "team-a"), "catalog-info.yaml"));

        read(
                second,
                "b1",
                List.of(),
                Set.of(),
                generatedLocationEntity("https://git.example.com/second"),
                ingested(component("payments", "website", "team-b"), "services/payments.yaml")
                        .at(4, 9));

        List<EntityStatusItem> loser =
                served("location:default/generated-second").status();
        assertThat(loser).hasSize(1);
        assertThat(loser.getFirst().kind()).isEqualTo(ProblemKind.CONFLICT);
        assertThat(loser.getFirst().level()).isEqualTo(EntityStatusItem.Level.ERROR);
        assertThat(loser.getFirst().errorName()).isEqualTo("ConflictError");
        assertThat(loser.getFirst().message())
                .isEqualTo("services/payments.yaml:4:9:"
                        + " Entity component:default/payments is already provided by location url:https://git.example.com/"
                        + "first (" + first + "), so this location's copy was not stored. Unregister one of the two"
                        + " locations, or rename the entity in one of them. (commit b1)");
        assertThat(loser.getFirst().entityRef()).isEqualTo("component:default/payments");
        assertThat(loser.getFirst().file()).isEqualTo("services/payments.yaml");
        assertThat(loser.getFirst().position()).isEqualTo(new EntityStatusItem.Position(4, 9));
        ServedEntity winner = served("component:default/payments");
        assertThat(winner.entity().body().path("spec").path("type").asString()).isEqualTo("service");
        assertThat(winner.status().getFirst().level()).isEqualTo(EntityStatusItem.Level.WARNING);
        assertThat(winner.status().getFirst().message())
                .isEqualTo("Location url:https://git.example.com/second also emits this entity, from"
                        + " services/payments.yaml:4:9 at commit b1, and was refused; this entity is served unchanged"
                        + " from its own location. To end the conflict, unregister one of the two locations or"
                        + " rename the entity in one of them.");
        assertThat(served("location:default/generated-first").status()).isEmpty();
    }

    @Test
    void aLocationThatCouldNotBeReadSaysSoOnItsLocationEntity() {
        UUID location = location(REPO);
        read(location, "c1", List.of(), Set.of(), generatedLocationEntity(REPO));

        store.markFailed(
                location,
                "Could not read " + REPO + ": connection refused. The entities read before" + " are kept.",
                clock.instant());

        List<EntityStatusItem> items = served("location:default/generated-repo").status();
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().kind()).isEqualTo(ProblemKind.UNREADABLE);
        assertThat(items.getFirst().errorName()).isEqualTo("LocationReadError");
        assertThat(items.getFirst().message())
                .isEqualTo("Could not read " + REPO
                        + ": connection refused. The entities read before are kept. The last commit read is c1. Make the"
                        + " source readable again (host, credentials, branch, path), then refresh the location.");
        assertThat(items.getFirst().commit()).isEqualTo("c1");
    }

    @Test
    void aLocationWithManyProblemsShowsTheFirstHundredAndHowManyMore() {
        UUID location = location(REPO);
        List<DescriptorProblem> problems = new java.util.ArrayList<>();
        for (int i = 1; i <= 105; i++) {
            problems.add(new DescriptorProblem("f" + i + ".yaml", 1, 1, "Broken."));
        }

        read(location, "c1", problems, Set.of(), generatedLocationEntity(REPO));

        List<EntityStatusItem> items = served("location:default/generated-repo").status();
        assertThat(items).hasSize(101);
        assertThat(items.get(100).kind()).isEqualTo(ProblemKind.MORE);
        assertThat(items.get(100).message())
                .isEqualTo("5 more problems of this"
                        + " location are not shown here; fix the ones shown and refresh the location to see the rest.");
    }

    private void read(
            UUID location,
            String commit,
            List<DescriptorProblem> problems,
            Set<String> failedFiles,
            IngestedEntity... entities) {
        writer.applyLocationSnapshot(new LocationSnapshotCommand(
                location,
                List.of(entities),
                problems,
                Set.of(),
                failedFiles,
                OrphanStrategy.KEEP,
                ChangeTrigger.SCHEDULED_REFRESH,
                null,
                commit));
    }

    /** Stands for Backstage's generated-SHA-1 Location entity; the name only needs the {@code generated-} prefix. */
    private static IngestedEntity generatedLocationEntity(String target) {
        String name = "generated-" + target.substring(target.lastIndexOf('/') + 1);
        return IngestedEntity.derived(
                entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Location','metadata':" + "{'name':'" + name
                        + "'},'spec':{'type':'url','target':'" + target + "'}}"),
                null);
    }

    private ServedEntity served(String ref) {
        return EntityStatus.of(queries.byRefWithProblems(EntityRef.parse(ref)).orElseThrow());
    }
}
