package dev.socle.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.ChangeTrigger;
import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.EntityChange;
import dev.socle.catalog.model.EntityRef;
import dev.socle.home.RecentCatalogChanges.RecentChange;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentCatalogChangesTest {

    final RecentCatalogChanges recent = new RecentCatalogChanges();

    @Test
    void theLatestChangesComeFirstAndAtMostEightAreKept() {
        recent.on(changed(
                EntityChange.CREATED,
                IntStream.range(0, 20)
                        .mapToObj(i -> "component:default/service-" + i)
                        .toArray(String[]::new)));

        assertThat(recent.latest())
                .hasSize(RecentCatalogChanges.SHOWN)
                .first()
                .isEqualTo(new RecentChange(EntityRef.parse("component:default/service-19"), EntityChange.CREATED));
    }

    @Test
    void hearingAnEntityAgainMovesItToTheTopWithItsLastChange() {
        recent.on(changed(EntityChange.CREATED, "component:default/a", "component:default/b"));
        recent.on(changed(EntityChange.UPDATED, "component:default/a"));
        recent.on(changed(EntityChange.UPDATED, "component:default/a"));

        assertThat(recent.latest())
                .containsExactly(
                        new RecentChange(EntityRef.parse("component:default/a"), EntityChange.UPDATED),
                        new RecentChange(EntityRef.parse("component:default/b"), EntityChange.CREATED));
    }

    private static EntitiesChanged changed(EntityChange change, String... refs) {
        return new EntitiesChanged(
                change, List.of(refs).stream().map(EntityRef::parse).toList(), ChangeTrigger.API, null);
    }
}
