package dev.socle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.socle.catalog.index.CatalogIndex;
import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.index.EntityDocuments;
import dev.socle.catalog.index.SearchTerm;
import dev.socle.catalog.index.SearchTerms;
import dev.socle.catalog.ingest.LocationRead;
import dev.socle.catalog.ingest.LocationReader;
import dev.socle.catalog.ingest.LocationTargetParser;
import dev.socle.catalog.ingest.RepositoryHeads;
import dev.socle.catalog.ingest.SourceSnapshot;
import dev.socle.catalog.query.AncestryItem;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityAncestry;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityFilterMatcher;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityProblem;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.EntityWithProblems;
import dev.socle.catalog.query.FacetCount;
import dev.socle.catalog.query.HistoryEntry;
import dev.socle.catalog.query.OrderField;
import dev.socle.catalog.query.SortDirection;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.ChangeContext;
import dev.socle.catalog.store.HistoryRecord;
import dev.socle.catalog.store.HistoryWriters;
import dev.socle.catalog.store.JsonText;
import dev.socle.catalog.store.LocationClaim;
import dev.socle.catalog.store.LocationClaims;
import dev.socle.catalog.store.ProblemRow;
import dev.socle.catalog.store.RemovedLocation;
import dev.socle.catalog.store.SettledSnapshot;
import dev.socle.catalog.store.SnapshotProgress;
import dev.socle.catalog.store.StitchOutcome;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/** The layering rules of CONVENTIONS.md §6, checked on every build. */
class ArchitectureRulesTest {

    static final JavaClasses SOCLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.socle");

    /** The catalog's parts below its coordinators: reading, storage, the search index and queries. */
    static final JavaClasses CATALOG_PARTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "dev.socle.catalog.ingest",
                    "dev.socle.catalog.store",
                    "dev.socle.catalog.index",
                    "dev.socle.catalog.query");

    /** The catalog's coordinators: the Spring components of its root package ({@code CatalogService} and co.). */
    static final DescribedPredicate<JavaClass> CATALOG_COORDINATORS = JavaClass.Predicates.resideInAPackage(
                    "dev.socle.catalog")
            .and(CanBeAnnotated.Predicates.metaAnnotatedWith(Component.class))
            .as("are the catalog's coordinators");

    @Test
    void vaadinIsUsedOnlyInViewsAndTheSecurityConfiguration() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .and()
                .doNotHaveFullyQualifiedName("dev.socle.security.SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(SOCLE);
    }

    @Test
    void viewsAndControllersNeverReachStorageIngestionOrTheIndex() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..store..", "..ingest..", "dev.socle.catalog.index..")
                .check(SOCLE);
    }

    // The parts are packages inside the catalog module, not Spring Modulith nested modules: Modulith reports a nested
    // module that uses its parent's types (EntityRef, CatalogProperties) while the parent calls it as a cycle. These
    // rules check their dependencies instead; package-private internals keep the rest of each part to itself.
    @Test
    void theCatalogsPartsDependOnEachOtherWithoutCycles() {
        slices().matching("dev.socle.catalog.(*)..")
                .as("the catalog's parts (ingest, store, index, query)")
                .should()
                .beFreeOfCycles()
                .check(CATALOG_PARTS);
    }

    @Test
    void theCatalogsPartsDependOnlyDownwardAndNeverOnItsCoordinators() {
        // ingest and store are leaves; index reads what store writes; query reads the index and the store.
        dependsAtMostOn("ingest");
        dependsAtMostOn("store");
        dependsAtMostOn("index", "store");
        dependsAtMostOn("query", "index", "store");
    }

    private static void dependsAtMostOn(String part, String... allowed) {
        String[] others = Stream.of("ingest", "store", "index", "query")
                .filter(other -> !other.equals(part) && !List.of(allowed).contains(other))
                .map(other -> "dev.socle.catalog." + other + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage("dev.socle.catalog." + part + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .orShould()
                .dependOnClassesThat(CATALOG_COORDINATORS)
                .check(SOCLE);
    }

    /** The façade of each part, with the value types its methods take and return; everything else is internal. */
    static final Map<String, List<Class<?>>> CATALOG_PART_API = Map.of(
            "ingest",
            List.of(
                    LocationReader.class,
                    LocationRead.class,
                    LocationTargetParser.class,
                    RepositoryHeads.class,
                    SourceSnapshot.class),
            "store",
            List.of(
                    CatalogStore.class,
                    ChangeContext.class,
                    SnapshotProgress.class,
                    SettledSnapshot.class,
                    StitchOutcome.class,
                    RemovedLocation.class,
                    // Claims keep their own lease lifecycle; the façade's methods join the caller's transaction.
                    LocationClaims.class,
                    LocationClaim.class,
                    // What the index feed and the queries read.
                    JsonText.class,
                    ProblemRow.class,
                    HistoryRecord.class,
                    HistoryWriters.class),
            "index",
            List.of(
                    CatalogIndexFeed.class,
                    CatalogIndex.class,
                    EntityDocuments.class,
                    SearchTerm.class,
                    SearchTerms.class),
            "query",
            List.of(
                    CatalogQueries.class,
                    AncestryItem.class,
                    EntityAncestry.class,
                    EntityFilter.class,
                    EntityFilterMatcher.class,
                    EntityPage.class,
                    EntityProblem.class,
                    EntityQuery.class,
                    EntityWithProblems.class,
                    FacetCount.class,
                    HistoryEntry.class,
                    OrderField.class,
                    SortDirection.class,
                    StoredEntity.class));

    @Test
    void eachCatalogPartExposesOnlyItsFacadeAndItsValueTypes() {
        CATALOG_PART_API.forEach((part, api) -> classes()
                .that()
                .resideInAPackage("dev.socle.catalog." + part)
                .and()
                .areTopLevelClasses()
                .and()
                .doNotBelongToAnyOf(api.toArray(Class<?>[]::new))
                .should()
                .notBePublic()
                .as("the public types of the catalog's " + part + " part are its façade and value types " + api
                        + "; make the others package-private, or add a value type to this list")
                .check(CATALOG_PARTS));
    }

    @Test
    void theCatalogsCoordinatorsUseTheStoreOnlyThroughItsFacade() {
        noClasses()
                .that()
                .resideInAPackage("dev.socle.catalog")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.socle.catalog.store")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                                CatalogStore.class,
                                ChangeContext.class,
                                SnapshotProgress.class,
                                SettledSnapshot.class,
                                StitchOutcome.class,
                                RemovedLocation.class,
                                LocationClaims.class,
                                LocationClaim.class)))
                        .as("belong to the store but are not its façade (CatalogStore, LocationClaims) or their"
                                + " value types"))
                .check(SOCLE);
    }

    @Test
    void routesLiveInUiPackagesAndEntitiesInStorePackages() {
        classes()
                .that()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(SOCLE);
        classes()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .should()
                .resideInAPackage("..store..")
                .check(SOCLE);
    }

    @Test
    void pluginsSeeOnlyThePluginApi() {
        classes()
                .that()
                .resideInAPackage("dev.socle.plugins..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.socle.plugin..", "dev.socle.plugins..", "java..", "org.jspecify..")
                .allowEmptyShould(true)
                .check(SOCLE);
    }

    @Test
    void noLicensedVaadinComponents() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin.flow.component.gridpro..", "com.vaadin.flow.component.charts..",
                        "com.vaadin.flow.component.crud..", "com.vaadin.flow.component.board..",
                        "com.vaadin.flow.component.dashboard..", "com.vaadin.flow.component.map..")
                .check(SOCLE);
    }

    @Test
    void generalCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(SOCLE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(SOCLE);
        // Command-line tools (the descriptor validator) talk to their terminal; the server logs. So does the
        // launcher, which tells an older Java which one Socle needs before any logging exists.
        noClasses()
                .that()
                .resideOutsideOfPackage("..cli..")
                .and()
                .doNotHaveFullyQualifiedName("dev.socle.SocleLauncher")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(SOCLE);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME.check(SOCLE);
    }
}
