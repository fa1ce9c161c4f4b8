package dev.socle.catalog;

import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.StoredEntity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring and helpers shared by the behaviour tests; every test starts from an empty catalog. */
abstract class CatalogTestSupport {

    static {
        // Leave logging as the JVM set it up: Spring Boot re-initialising Logback would detach the log-capturing
        // appenders of other tests (GitHttpReadingIT) that run later in the same Failsafe JVM.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    @Autowired
    CatalogWriter writer;

    @Autowired
    CatalogQueries queries;

    @Autowired
    LocationService locations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    CatalogIndexFeed index;

    @BeforeEach
    void emptyCatalog() {
        for (String table : List.of(
                "catalog_relation",
                "catalog_entity_history",
                "catalog_entity",
                "catalog_location_problem",
                "catalog_location")) {
            jdbc.update("delete from " + table);
        }
        index.rebuild();
    }

    UUID location(String target) {
        return locations
                .register(RegisterLocationCommand.of(LocationType.URL, target))
                .id();
    }

    LocationWriteResult apply(UUID location, IngestedEntity... entities) {
        return writer.applyLocationSnapshot(LocationSnapshotCommand.of(location, List.of(entities)));
    }

    LocationWriteResult apply(UUID location, OrphanStrategy strategy, IngestedEntity... entities) {
        return writer.applyLocationSnapshot(new LocationSnapshotCommand(
                location,
                List.of(entities),
                List.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                strategy,
                ChangeTrigger.SCHEDULED_REFRESH,
                null,
                null));
    }

    StoredEntity get(String ref) {
        return queries.byRef(EntityRef.parse(ref)).orElseThrow(() -> new AssertionError("no entity " + ref));
    }

    boolean exists(String ref) {
        return queries.byRef(EntityRef.parse(ref)).isPresent();
    }

    static List<String> relations(StoredEntity entity) {
        return java.util.stream.StreamSupport.stream(
                        entity.body().path("relations").spliterator(), false)
                .map(relation -> relation.path("type").asString() + " "
                        + relation.path("targetRef").asString())
                .toList();
    }

    long rows(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
