package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.OrphanStrategy;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SnapshotProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final UUID LOCATION = UUID.fromString("0192a7c0-0000-7000-8000-000000000002");

    @Test
    void anEntityEmittedTwiceNamesTheFileThatEmittedItFirst() {
        try (SnapshotProgress progress = progress(Map.of())) {
            assertThat(progress.emit("component:default/a", "a.yaml")).isNull();
            assertThat(progress.emit("component:default/a", "b.yaml")).isEqualTo("a.yaml");
            assertThat(progress.emitted("component:default/a")).isTrue();
            assertThat(progress.emitted("component:default/b")).isFalse();
        }
    }

    @Test
    void draftedEntitiesAreStitchedInTheOrderWrittenAndOnlyNewOnesAreInserted() {
        EntityState before = new EntityState(
                UUID.randomUUID(), "component:default/old", LOCATION, "hash", false, "catalog-info.yaml");
        try (SnapshotProgress progress = progress(Map.of(before.ref(), before))) {
            progress.draft(write("component:default/new"), true);
            progress.draft(write("component:default/old"), false);
            progress.affect("group:default/team-a");

            EntityStitcher.StitchScope scope = progress.stitchScope(Set.of());

            assertThat(progress.drafted()).containsExactly("component:default/new", "component:default/old");
            assertThat(scope.created()).containsExactly("component:default/new");
            assertThat(scope.unsaved().get("component:default/old")).isNotNull();
            assertThat(progress.unsavedRefs())
                    .containsExactlyInAnyOrder("component:default/new", "component:default/old");
            assertThat(progress.affected()).containsExactly("group:default/team-a");
            assertThat(progress.ownState("component:default/old")).isEqualTo(before);
            assertThat(progress.ownState("component:default/new")).isNull();
        }
    }

    @Test
    void unchangedEntitiesAndConflictsAreCounted() {
        try (SnapshotProgress progress = progress(Map.of())) {
            UUID owner = UUID.randomUUID();
            progress.unchanged();
            progress.unchanged();
            progress.conflict(
                    dev.socle.catalog.model.EntityRef.parse("component:default/taken"),
                    owner,
                    new SnapshotProgress.Source("a.yaml", 3, 9));

            assertThat(progress.unchangedCount()).isEqualTo(2);
            assertThat(progress.conflicts())
                    .containsOnlyKeys(dev.socle.catalog.model.EntityRef.parse("component:default/taken"));
            assertThat(progress.conflictSource(dev.socle.catalog.model.EntityRef.parse("component:default/taken")))
                    .isEqualTo(new SnapshotProgress.Source("a.yaml", 3, 9));
        }
    }

    private static SnapshotProgress progress(Map<String, EntityState> own) {
        return new SnapshotProgress(
                LOCATION,
                "url:https://git.example.com/catalog-info.yaml",
                OrphanStrategy.KEEP,
                new ChangeContext("api", null, null, LOCATION, NOW),
                own,
                Map.of(),
                null);
    }

    private static EntityWrite write(String ref) {
        return new EntityWrite(
                UUID.randomUUID(),
                ref,
                "component",
                "default",
                ref.substring(ref.indexOf('/') + 1),
                null,
                LOCATION,
                "catalog-info.yaml",
                "url:https://git.example.com/catalog-info.yaml",
                "url:https://git.example.com/catalog-info.yaml",
                "{\"kind\":\"Component\"}",
                "",
                "",
                "hash",
                false,
                NOW,
                NOW,
                null);
    }
}
