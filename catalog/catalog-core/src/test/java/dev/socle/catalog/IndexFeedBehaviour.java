package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.store.StoreTestWrites;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index follows the history table as another instance would see it: rows written behind the writer's
 * back, and rows that become visible after rows with higher ids (a transaction that committed late).
 */
abstract class IndexFeedBehaviour extends CatalogTestSupport {

    @Autowired
    StoreTestWrites storeWrites;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anotherInstancesChangesBecomeSearchableAtTheNextCatchUp() {
        long last = lastHistoryId();
        history(last + 1, "payments", "created");

        assertThat(names("kind=component")).isEmpty();
        assertThat(index.catchUp()).isEqualTo(1);
        assertThat(names("kind=component")).containsExactly("payments");

        history(last + 2, "payments", "deleted");
        index.catchUp();
        assertThat(names("kind=component")).isEmpty();
    }

    @Test
    void aRowCommittedAfterOneWithAHigherIdIsStillPickedUp() {
        long last = lastHistoryId();
        history(last + 3, "ledger", "created");
        index.catchUp();
        assertThat(names("kind=component")).containsExactly("ledger");

        history(last + 1, "billing", "created");
        assertThat(index.catchUp()).as("the late row fills a remembered gap").isEqualTo(1);
        assertThat(names("kind=component")).containsExactlyInAnyOrder("billing", "ledger");
    }

    @Test
    void aGapIsForgottenOnceNoTransactionCanStillFillIt() {
        long last = lastHistoryId();
        history(last + 3, "ledger", "created");
        index.catchUp();

        index.catchUp();
        history(last + 1, "billing", "created");
        assertThat(index.catchUp()).isZero();
    }

    @Test
    void aGapIsKeptForAsLongAsTheTransactionThatMayFillItStaysOpen() throws Exception {
        index.catchUp();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            appendCreated("billing");
            appended.countDown();
            awaitQuietly(finish);
        }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> appendCreated("ledger"));
        assertThat(index.catchUp()).isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        index.catchUp();
        finish.countDown();
        slow.get(30, TimeUnit.SECONDS);

        assertThat(index.catchUp())
                .as("the late row fills its gap, however long its transaction took")
                .isEqualTo(1);
        assertThat(names("kind=component")).containsExactlyInAnyOrder("billing", "ledger");
    }

    @Test
    void aLocationsSnapshotIsServedWholeByThisInstanceOnceItIsStoredEvenWhereTheFeedLagsBehind() {
        UUID location = location("https://git.example.com/feed/blob/main/catalog-info.yaml");
        apply(
                location,
                CatalogFixtures.ingested(CatalogFixtures.component("invoices", "service", "team-a")),
                CatalogFixtures.ingested(CatalogFixtures.component("receipts", "service", "team-a")));
        assertThat(names("kind=component")).containsExactlyInAnyOrder("invoices", "receipts");
        // the feed applies a row that takes one entity out of this instance's index while the database still serves
        // it, as a feed that has not yet applied a row would lack it
        history(lastHistoryId() + 1, "receipts", "deleted");
        index.catchUp();
        assertThat(names("kind=component")).containsExactly("invoices");

        assertThat(index.ensureServed(location)).isEqualTo(1);

        assertThat(names("kind=component")).containsExactlyInAnyOrder("invoices", "receipts");
        assertThat(index.ensureServed(location)).as("nothing left to index").isZero();
    }

    @Test
    void followingDuringABigWritePublishesOnlyEveryTenSeconds() {
        long last = lastHistoryId();
        try (CatalogIndexFeed.BulkWrite bulk = index.bulkWrite()) {
            clock.advance(Duration.ofSeconds(11));
            history(last + 1, "payments", "created");
            index.follow();
            assertThat(names("kind=component")).containsExactly("payments");

            history(last + 2, "billing", "created");
            index.follow();
            assertThat(names("kind=component"))
                    .as("published less than ten seconds ago")
                    .containsExactly("payments");

            clock.advance(Duration.ofSeconds(11));
            index.follow();
            assertThat(names("kind=component")).containsExactlyInAnyOrder("billing", "payments");

            history(last + 3, "ledger", "created");
            index.follow();
        }
        index.follow();
        assertThat(names("kind=component")).as("the big write is over").contains("ledger");
    }

    private List<String> names(String filter) {
        return queries.query(EntityQuery.of(EntityFilter.parse(List.of(filter)), List.of(), 50)).items().stream()
                .map(entity -> entity.ref().name())
                .toList();
    }

    private long lastHistoryId() {
        index.catchUp();
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from catalog_entity_history", Long.class);
        return last == null ? 0 : last;
    }

    private void appendCreated(String name) {
        UUID uid = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        storeWrites.appendCreated("component:default/" + name, uid, clock.instant(), body(name, uid));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String body(String name, UUID uid) {
        return """
                {"apiVersion":"backstage.io/v1alpha1","kind":"Component","metadata":{"name":"%s","namespace":"default",\
                "uid":"%s","etag":"e1"},"spec":{"type":"service","lifecycle":"production","owner":"team-a"},\
                "relations":[]}""".formatted(name, uid);
    }

    private void history(long id, String name, String change) {
        UUID uid = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String body = change.equals("deleted") ? null : body(name, uid);
        jdbc.update(
                "insert into catalog_entity_history (id, entity_ref, uid, changed_at, change, change_trigger,"
                        + " body) values (?, ?, ?, ?, ?, 'scheduled-refresh', ?)",
                id,
                "component:default/" + name,
                uid,
                java.sql.Timestamp.from(clock.instant()),
                change,
                body);
    }
}
