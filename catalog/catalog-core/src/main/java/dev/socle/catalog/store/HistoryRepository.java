package dev.socle.catalog.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads entity history, newest first. */
interface HistoryRepository extends JpaRepository<HistoryRecord, Long> {

    List<HistoryRecord> findByEntityRefOrderByChangedAtDescIdDesc(String entityRef);

    Optional<HistoryRecord> findFirstByEntityRefAndChangedAtLessThanEqualOrderByChangedAtDescIdDesc(
            String entityRef, Instant at);
}
