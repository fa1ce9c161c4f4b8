/** The landing page: where a person starts. */
@NullMarked
@ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "security", "catalog", "catalog :: model"})
package dev.socle.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
