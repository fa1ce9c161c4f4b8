/** Golden paths: templates rendered as forms and run as tasks. */
@NullMarked
@ApplicationModule(
        displayName = "Scaffolder",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "security", "catalog"})
package dev.socle.scaffolder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
