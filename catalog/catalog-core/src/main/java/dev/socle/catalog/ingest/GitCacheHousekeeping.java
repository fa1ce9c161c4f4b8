package dev.socle.catalog.ingest;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link GitCacheMaintenance} every hour, starting ten minutes after start-up. */
@Component
class GitCacheHousekeeping {

    private final SourceReader reader;
    private final Clock clock;

    GitCacheHousekeeping(SourceReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void maintain() {
        reader.maintainGitCaches(clock.instant());
    }
}
