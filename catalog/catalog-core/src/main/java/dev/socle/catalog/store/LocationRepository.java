package dev.socle.catalog.store;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Registered locations. */
interface LocationRepository extends JpaRepository<LocationRecord, UUID> {

    Optional<LocationRecord> findByTypeAndTarget(String type, String target);

    /** The locations registered from {@code origin} ({@code config} or {@code api}). */
    List<LocationRecord> findByOrigin(String origin);

    /** The location, locked until the transaction ends, so that snapshots of one location never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LocationRecord l where l.id = :id")
    Optional<LocationRecord> lockById(@Param("id") UUID id);
}
