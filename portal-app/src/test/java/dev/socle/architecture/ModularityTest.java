package dev.socle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.socle.SocleApplication;
import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.index.CatalogIndexFeed;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.store.CatalogStore;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.core.NamedInterface;

/** Fails the build when a module reaches into another's internals, forms a cycle or uses an undeclared module. */
class ModularityTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of(SocleApplication.class, JavaClass.Predicates.resideInAPackage("dev.socle.plugins.."));

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theCatalogPublishesItsModelAndQueriesAsNamedInterfacesAndKeepsItsStoreInternal() {
        ApplicationModule catalog = MODULES.getModuleByName("catalog").orElseThrow();

        NamedInterface model = catalog.getNamedInterfaces().getByName("model").orElseThrow();
        NamedInterface query = catalog.getNamedInterfaces().getByName("query").orElseThrow();
        NamedInterface api = catalog.getNamedInterfaces().getUnnamedInterface();

        assertThat(model.contains(EntityRef.class)).isTrue();
        assertThat(model.contains(Entity.class)).isTrue();
        assertThat(query.contains(CatalogQueries.class)).isTrue();
        assertThat(api.contains(EntitiesChanged.class)).isTrue();
        assertThat(api.contains(EntityRef.class))
                .as("a module allowed only 'catalog' may not use EntityRef; it must allow 'catalog :: model'")
                .isFalse();
        assertThat(catalog.getNamedInterfaces().stream().anyMatch(named -> named.contains(CatalogStore.class)))
                .isFalse();
        assertThat(catalog.getNamedInterfaces().stream().anyMatch(named -> named.contains(CatalogIndexFeed.class)))
                .isFalse();
    }

    @Test
    void homeUsesTheCatalogModelThroughTheInterfaceItAllows() {
        ApplicationModule home = MODULES.getModuleByName("home").orElseThrow();

        assertThat(home.getDependencies(MODULES, DependencyDepth.IMMEDIATE).stream()
                        .map(ApplicationModuleDependency::getTargetType)
                        .map(JavaClass::getName))
                .contains(EntityRef.class.getName(), EntitiesChanged.class.getName());
        assertThat(home.getAllowedDependencies(MODULES).toString()).contains("catalog :: model");
        home.verifyDependencies(MODULES);
    }
}
