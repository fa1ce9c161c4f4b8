package dev.socle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The layering rules of CONVENTIONS.md §6, checked on every build. */
class ArchitectureRulesTest {

    static final JavaClasses SOCLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.socle");

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
    void viewsAndControllersNeverReachStorageOrIngestion() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..store..", "..ingest..")
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
