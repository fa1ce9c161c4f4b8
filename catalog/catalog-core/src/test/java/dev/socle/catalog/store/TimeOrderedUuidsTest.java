package dev.socle.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    @Test
    void areVersionSevenWithTheRfcVariantAndSortByTime() {
        UUID earlier = TimeOrderedUuids.at(Instant.parse("2026-11-23T10:00:00Z"));
        UUID later = TimeOrderedUuids.at(Instant.parse("2026-11-23T10:00:00.001Z"));

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16)
                .isEqualTo(Instant.parse("2026-11-23T10:00:00Z").toEpochMilli());
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void differInTheSameMillisecond() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Set<UUID> uids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            uids.add(TimeOrderedUuids.at(now));
        }
        assertThat(uids).hasSize(10_000);
    }
}
