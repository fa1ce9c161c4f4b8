package dev.socle.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.socle.SocleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when a module reaches into another's internals, forms a cycle or uses an undeclared module. */
class ModularityTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of(SocleApplication.class, JavaClass.Predicates.resideInAPackage("dev.socle.plugins.."));

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }
}
