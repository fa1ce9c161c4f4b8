package dev.socle.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityQueryTest {

    @Test
    void queriesStartAtTheFirstMatchUnlessGivenAnOffset() {
        assertThat(EntityQuery.of(EntityFilter.all(), List.of(), 10).offset()).isZero();
        assertThat(EntityQuery.page("cursor", 10).offset()).isZero();
        assertThat(new EntityQuery(EntityFilter.all(), List.of(), 10, null, "term", List.of()).offset())
                .isZero();
        assertThat(EntityQuery.of(EntityFilter.all(), List.of(), 10, 30).offset())
                .isEqualTo(30);
    }

    @Test
    void aNegativeOffsetIsRefusedWithTheValue() {
        assertThatThrownBy(() -> EntityQuery.of(EntityFilter.all(), List.of(), 10, -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("offset must be zero or more but is -1");
    }

    @Test
    void anOffsetCountsFromTheCursorSoDeepPositionsAreReachedInSteps() {
        assertThat(EntityQuery.page("cursor", 10, 5).offset()).isEqualTo(5);
        assertThat(EntityQuery.page("cursor", 10, 5).cursor()).isEqualTo("cursor");
    }

    @Test
    void anOffsetPageMayReachNoDeeperThanTheWindow() {
        assertThat(EntityQuery.of(EntityFilter.all(), List.of(), 10, EntityQuery.MAX_WINDOW - 10)
                        .offset())
                .isEqualTo(EntityQuery.MAX_WINDOW - 10);
        assertThatThrownBy(() -> EntityQuery.of(EntityFilter.all(), List.of(), 10, Integer.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("offset + limit must be at most " + EntityQuery.MAX_WINDOW)
                .hasMessageContaining("cursor");
    }
}
