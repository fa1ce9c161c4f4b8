package dev.socle.catalog.index;

import dev.socle.catalog.store.HistoryWriters;
import dev.socle.catalog.store.JsonText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index in step with the database by following {@code catalog_entity_history}, the
 * append-only change feed every instance writes: each row carries the entity's new served body, or none when it
 * was deleted. The writer calls {@link #catchUp()} after each commit and {@link #ensureServed(UUID)} after each
 * location snapshot (read-your-writes: the API answers a registration once this instance's index serves all of it),
 * and a schedule picks up what other instances wrote.
 *
 * <p>History ids are allocated when a row is inserted, not when its transaction commits, so a row may become
 * visible after rows with higher ids. Ids skipped over are therefore remembered as gaps, each with a
 * {@link TransactionHorizon} mark, and looked for again until every transaction open when the gap was seen has
 * ended: only then is a missing row known to be rolled back, however long its transaction took.
 */
@Component
public class CatalogIndexFeed implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexFeed.class);
    private static final int BATCH = 1000;
    private static final int LARGEST_GAP = 10_000;
    // Bounds memory if a transaction stays open for hours while rolled-back ids pile up behind it.
    private static final int MOST_GAPS = 100_000;
    // Commits cost an fsync and a segment flush; after a crash the feed replays from the last one, so they can be rare.
    private static final Duration COMMIT_INTERVAL = Duration.ofMinutes(1);
    private static final Duration BULK_PUBLISH_INTERVAL = Duration.ofSeconds(10);

    private final CatalogIndex index;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final TransactionHorizon horizon;
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private final ReentrantLock feeding = new ReentrantLock();
    private final AtomicInteger bulkWrites = new AtomicInteger();
    private Instant lastPublish = Instant.EPOCH;
    private long watermark;
    private boolean unpublished;
    private Instant lastCommit = Instant.EPOCH;

    CatalogIndexFeed(
            CatalogIndex index,
            JdbcTemplate jdbc,
            NamedParameterJdbcTemplate named,
            Clock clock,
            HistoryWriters writers) {
        this.index = index;
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
        this.horizon = TransactionHorizon.of(jdbc, writers);
    }

    /** Opens the index where it was left, or rebuilds it when it is missing or does not match the database. */
    @Override
    public void afterSingletonsInstantiated() {
        feeding.lock();
        try {
            open();
        } finally {
            feeding.unlock();
        }
    }

    private void open() {
        OptionalLong committed = index.committedWatermark();
        if (committed.isEmpty() || committed.getAsLong() > lastHistoryId()) {
            rebuild();
            return;
        }
        watermark = committed.getAsLong();
        catchUp();
        long entities = entityCount();
        if (index.documents() != entities) {
            log.info(
                    "The catalog search index holds {} entities but the database {}; rebuilding it",
                    index.documents(),
                    entities);
            rebuild();
        }
    }

    /** Indexes every entity again from {@code catalog_entity}; for start-up and for repairs. */
    public void rebuild() {
        feeding.lock();
        try {
            rebuildLocked();
        } finally {
            feeding.unlock();
        }
    }

    private void rebuildLocked() {
        long started = System.nanoTime();
        long upTo = lastHistoryId();
        index.deleteAll();
        gaps.clear();
        String after = "";
        int count = 0;
        while (true) {
            Map<String, Document> documents = new LinkedHashMap<>();
            String from = after;
            jdbc.query(
                    "select entity_ref, uid, final_body from catalog_entity where entity_ref > ?"
                            + " and etag <> '' order by entity_ref limit " + BATCH,
                    row -> {
                        String ref = row.getString("entity_ref");
                        documents.put(
                                ref, document(ref, String.valueOf(row.getObject("uid")), row.getString("final_body")));
                    },
                    from);
            if (documents.isEmpty()) {
                break;
            }
            index.write(documents, List.of());
            count += documents.size();
            after = documents.keySet().stream()
                    .reduce((first, second) -> second)
                    .orElseThrow();
        }
        watermark = upTo;
        commit();
        log.info(
                "Built the catalog search index: {} entities in {} ms",
                count,
                (System.nanoTime() - started) / 1_000_000);
        catchUp();
    }

    /**
     * Follows what other instances wrote. While this instance stores a big snapshot, its rows are indexed as they
     * come but published only every {@link #BULK_PUBLISH_INTERVAL}: each publish flushes a small segment that
     * merging then rewrites, and the snapshot's own {@link #catchUp()} publishes at its end anyway.
     */
    @Scheduled(
            fixedDelayString = "${socle.catalog.search.follow-interval:1s}",
            initialDelayString = "${socle.catalog.search.follow-interval:1s}")
    public void follow() {
        feeding.lock();
        try {
            applyPending();
            boolean due = bulkWrites.get() == 0 || clock.instant().isAfter(lastPublish.plus(BULK_PUBLISH_INTERVAL));
            if (due && (unpublished || !gaps.isEmpty())) {
                publish();
            }
        } finally {
            feeding.unlock();
        }
    }

    /** Marks a big write under way until the returned handle is closed; see {@link #follow()}. */
    public BulkWrite bulkWrite() {
        bulkWrites.incrementAndGet();
        return bulkWrites::decrementAndGet;
    }

    /** A big write under way; closing it ends it. */
    public interface BulkWrite extends AutoCloseable {

        @Override
        void close();
    }

    /** Applies and publishes every history row written since the last call; returns how many rows it applied. */
    public int catchUp() {
        feeding.lock();
        try {
            int applied = applyPending();
            if (unpublished || !gaps.isEmpty()) {
                publish();
            }
            return applied;
        } finally {
            feeding.unlock();
        }
    }

    /**
     * Read-your-writes for a location's snapshot, once the writer has committed it: applies and publishes every
     * history row visible now, then makes sure this instance's index serves every entity of the location that the
     * database serves. One the feed has not applied yet (its history row lies in a gap still waited for) is indexed
     * from {@code catalog_entity} directly, as {@link #rebuild()} would. Returns how many had to be indexed so.
     */
    public int ensureServed(UUID locationId) {
        feeding.lock();
        try {
            applyPending();
            publish();
            List<String> refs = jdbc.queryForList(
                    "select entity_ref from catalog_entity where location_id = ? and etag <> ''",
                    String.class,
                    locationId);
            List<String> missing = index.missing(refs);
            if (missing.isEmpty()) {
                return 0;
            }
            Map<String, Document> documents = new LinkedHashMap<>();
            for (int from = 0; from < missing.size(); from += 250) {
                named.query(
                        "select entity_ref, uid, final_body from catalog_entity where entity_ref in (:refs)"
                                + " and etag <> ''",
                        Map.of("refs", missing.subList(from, Math.min(missing.size(), from + 250))),
                        row -> {
                            String ref = row.getString("entity_ref");
                            documents.put(
                                    ref,
                                    document(ref, String.valueOf(row.getObject("uid")), row.getString("final_body")));
                        });
            }
            index.write(documents, List.of());
            unpublished = true;
            publish();
            log.warn(
                    "The search index lacked {} of the {} entities of location {} after its snapshot was stored;"
                            + " indexed them from the entity table",
                    documents.size(),
                    refs.size(),
                    locationId);
            return documents.size();
        } finally {
            feeding.unlock();
        }
    }

    /**
     * Indexes the rows written so far without making them searchable yet, unless another thread is feeding the
     * index already. A long write calls it between its transactions, so that indexing runs beside its later work
     * instead of all at the end; the {@link #catchUp()} that follows publishes.
     */
    public void indexPendingUnlessBusy() {
        if (feeding.tryLock()) {
            try {
                applyPending();
            } finally {
                feeding.unlock();
            }
        }
    }

    private int applyPending() {
        int applied = applyGaps();
        while (true) {
            List<Change> changes = jdbc.query(
                    "select id, entity_ref, uid, body from catalog_entity_history" + " where id > ? order by id limit "
                            + BATCH,
                    (row, n) -> change(row),
                    watermark);
            if (changes.isEmpty()) {
                break;
            }
            rememberGaps(changes);
            apply(changes);
            applied += changes.size();
            watermark = changes.getLast().id();
        }
        return applied;
    }

    private int applyGaps() {
        if (gaps.isEmpty()) {
            return 0;
        }
        // Read before looking: a row whose transaction ended by now is visible to the look that follows.
        long ended = horizon.endedBefore();
        List<Change> found = new ArrayList<>();
        List<Long> ids = List.copyOf(gaps.keySet());
        for (int from = 0; from < ids.size(); from += 250) {
            found.addAll(named.query(
                    "select id, entity_ref, uid, body from catalog_entity_history where id in (:ids)" + " order by id",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 250))),
                    (row, n) -> change(row)));
        }
        found.forEach(change -> gaps.remove(change.id()));
        gaps.values().removeIf(mark -> mark <= ended);
        apply(found);
        return found.size();
    }

    private void rememberGaps(List<Change> changes) {
        long previous = watermark;
        long mark = 0;
        for (Change change : changes) {
            long missing = change.id() - previous - 1;
            if (missing > 0 && missing <= LARGEST_GAP) {
                mark = mark == 0 ? horizon.mark() : mark;
                for (long id = previous + 1; id < change.id(); id++) {
                    gaps.put(id, mark);
                }
            }
            previous = change.id();
        }
        if (gaps.size() > MOST_GAPS) {
            log.warn(
                    "{} history ids are still missing behind a transaction that has not ended; forgetting the"
                            + " oldest, so the search index may miss their changes until those entities change again",
                    gaps.size());
            while (gaps.size() > MOST_GAPS) {
                gaps.pollFirstEntry();
            }
        }
    }

    private void apply(List<Change> changes) {
        Map<String, Document> upserts = new LinkedHashMap<>();
        Set<String> deletes = new HashSet<>();
        for (Change change : changes) {
            if (change.body() == null) {
                upserts.remove(change.ref());
                deletes.add(change.ref());
            } else {
                deletes.remove(change.ref());
                upserts.put(change.ref(), document(change.ref(), change.uid(), change.body()));
            }
        }
        index.write(upserts, deletes);
        unpublished |= !changes.isEmpty();
    }

    private void publish() {
        lastPublish = clock.instant();
        if (clock.instant().isAfter(lastCommit.plus(COMMIT_INTERVAL))) {
            commit();
        } else {
            index.publish(watermark, false);
            unpublished = false;
        }
    }

    private void commit() {
        index.publish(watermark, true);
        unpublished = false;
        lastCommit = clock.instant();
    }

    private static Document document(String ref, String uid, String body) {
        return EntityDocuments.of(ref, uid, body, JsonText.parse(body));
    }

    private static Change change(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Change(
                row.getLong("id"),
                row.getString("entity_ref"),
                String.valueOf(row.getObject("uid")),
                row.getString("body"));
    }

    private long lastHistoryId() {
        Long last = jdbc.queryForObject("select max(id) from catalog_entity_history", Long.class);
        return last == null ? 0 : last;
    }

    private long entityCount() {
        Long count = jdbc.queryForObject("select count(*) from catalog_entity where etag <> ''", Long.class);
        return count == null ? 0 : count;
    }

    private record Change(
            long id, String ref, String uid, @Nullable String body) {}
}
