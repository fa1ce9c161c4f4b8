package dev.socle.catalog;

import static dev.socle.catalog.CatalogFixtures.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.OrderField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Loads 100,000 entities and prints how long ingestion and the main reads take. A measuring harness for the
 * benchmark, not a timed test: run it with {@code -Dsocle.scale=h2} or {@code -Dsocle.scale=postgres}.
 */
abstract class CatalogScaleBehaviour extends CatalogTestSupport {

    static final int LOCATIONS = Integer.getInteger("socle.scale.locations", 20);
    static final int PER_LOCATION = 5_000;

    @Test
    void hundredThousandEntities() {
        long start = System.nanoTime();
        List<UUID> locationIds = new ArrayList<>();
        List<List<IngestedEntity>> snapshots = new ArrayList<>();
        int n = 0;
        for (int l = 0; l < LOCATIONS; l++) {
            locationIds.add(location("https://git.example.com/repo-" + l));
            List<IngestedEntity> entities = new ArrayList<>();
            for (int i = 0; i < PER_LOCATION; i++, n++) {
                entities.add(CatalogFixtures.ingested(generated(n)));
            }
            snapshots.add(entities);
        }
        long built = System.nanoTime();
        for (int l = 0; l < LOCATIONS; l++) {
            long before = System.nanoTime();
            LocationWriteResult result =
                    writer.applyLocationSnapshot(LocationSnapshotCommand.of(locationIds.get(l), snapshots.get(l)));
            System.out.printf("SCALE location %d: %d ms, %s%n", l, (System.nanoTime() - before) / 1_000_000, result);
        }
        long ingested = System.nanoTime();
        for (int l = 0; l < LOCATIONS; l++) {
            LocationWriteResult again =
                    writer.applyLocationSnapshot(LocationSnapshotCommand.of(locationIds.get(l), snapshots.get(l)));
            assertThat(again.unchanged()).isEqualTo(PER_LOCATION);
        }
        long refreshed = System.nanoTime();
        System.out.printf(
                "SCALE build %d ms, ingest %d ms, unchanged refresh %d ms, entities %d," + " relation rows %d%n",
                (built - start) / 1_000_000,
                (ingested - built) / 1_000_000,
                (refreshed - ingested) / 1_000_000,
                rows("catalog_entity"),
                rows("catalog_relation"));

        java.util.Random random = new java.util.Random(1);
        measure("byRef", () -> queries.byRef(EntityRef.parse("component:default/c-" + random.nextInt(70_000))));
        EntityFilter services = EntityFilter.parse(List.of("kind=component,spec.type=service"));
        measure("first page", () -> queries.query(EntityQuery.of(services, List.of(), 50)));
        measure(
                "first page, varying filter",
                () -> queries.query(EntityQuery.of(
                        EntityFilter.parse(
                                List.of("kind=component,spec.type=service,spec.owner=team-" + random.nextInt(500))),
                        List.of(),
                        50)));
        EntityPage first = queries.query(EntityQuery.of(services, List.of(), 50));
        measure("next page", () -> queries.query(EntityQuery.page(first.nextCursor(), 50)));
        measure(
                "first page by name",
                () -> queries.query(EntityQuery.of(services, List.of(OrderField.asc("metadata.name")), 50)));
        measure("facets", () -> queries.facets(services, List.of("spec.lifecycle", "spec.owner")));
        measure(
                "full text",
                () -> queries.query(new EntityQuery(
                        EntityFilter.all(), List.of(), 50, null, "c-" + random.nextInt(70_000), List.of())));
    }

    private static void measure(String name, Supplier<?> read) {
        for (int i = 0; i < 20; i++) {
            read.get();
        }
        long[] times = new long[200];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            read.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("SCALE %s p50 %.2f ms p95 %.2f ms%n", name, times[100] / 1e6, times[190] / 1e6);
    }

    private static dev.socle.catalog.model.Entity generated(int n) {
        if (n < 500) {
            return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Group','metadata':{'name':'team-" + n
                    + "','title':'Team " + n + "'},'spec':{'type':'team','children':[]}}");
        }
        if (n < 1500) {
            return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'System','metadata':{'name':'system-" + n
                    + "'},'spec':{'owner':'team-" + n % 500 + "'}}");
        }
        if (n < 71_500) {
            int c = n - 1500;
            return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'Component','metadata':{'name':'c-" + c
                    + "','title':'Component " + c + "','description':'Generated component number " + c
                    + "','labels':{'tier':'t" + c % 3 + "'},'annotations':{'github.com/project-slug':'acme/c-" + c
                    + "'},'tags':['java','tag-" + c % 50 + "']},'spec':{'type':'"
                    + List.of("service", "website", "library").get(c % 3) + "','lifecycle':'"
                    + List.of("production", "experimental").get(c % 2) + "','owner':'team-" + c % 500
                    + "','system':'system-" + (500 + c % 1000) + "','providesApis':['api-" + c % 28_500 + "']}}");
        }
        int a = n - 71_500;
        return entity("{'apiVersion':'backstage.io/v1alpha1','kind':'API','metadata':{'name':'api-" + a
                + "'},'spec':{'type':'openapi','lifecycle':'production','owner':'team-" + a % 500
                + "','system':'system-" + (500 + a % 1000) + "','definition':'openapi: 3.0.0'}}");
    }
}
