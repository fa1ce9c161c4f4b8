package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefKeyTest {

    @Test
    void theSameRefAlwaysHasTheSameKey() {
        assertThat(RefKey.of("component:default/payments")).isEqualTo(RefKey.of("component:default/payments"));
    }

    @Test
    void refsThatDifferInOneCharacterGetUnrelatedKeys() {
        long first = RefKey.of("component:default/payments-1");
        long second = RefKey.of("component:default/payments-2");

        assertThat(Long.bitCount(first ^ second)).as("bits that differ").isBetween(16, 48);
    }

    @Test
    void aMillionRefsShapedLikeACatalogsGetDistinctKeys() {
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            keys.add(RefKey.of(
                    (i % 3 == 0 ? "component" : i % 3 == 1 ? "api" : "group") + ":ns" + i % 7 + "/service-" + i));
        }
        assertThat(keys).hasSize(1_000_000);
    }
}
