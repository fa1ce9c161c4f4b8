package dev.socle.catalog.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link CatalogCounts}: one grouped count per table and one row per location. The entity count walks the kind
 * index, a few tens of milliseconds at 100,000 entities; {@link CatalogMetrics} runs it at most every 30 seconds,
 * never per scrape.
 */
@Component
class CatalogCountsReader {

    private final JdbcClient jdbc;

    CatalogCountsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CatalogCounts read(Instant at) {
        Map<UUID, Instant> lastGoodRead = new HashMap<>();
        jdbc.sql("select id, status, created_at, last_refreshed_at from catalog_location")
                .query(rs -> {
                    Timestamp refreshed = rs.getTimestamp("last_refreshed_at");
                    Timestamp created = rs.getTimestamp("created_at");
                    boolean ok = "ok".equals(rs.getString("status"));
                    lastGoodRead.put(
                            rs.getObject("id", UUID.class),
                            (ok && refreshed != null ? refreshed : created).toInstant());
                });
        return new CatalogCounts(
                at,
                grouped("select status, count(*) from catalog_location group by status"),
                grouped("select kind, count(*) from catalog_entity group by kind"),
                grouped("select kind, count(*) from catalog_location_problem group by kind"),
                lastGoodRead);
    }

    private Map<String, Long> grouped(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
