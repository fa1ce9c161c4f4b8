/** The application frame: layout, navigation, themes, error pages and problem-details errors. */
@NullMarked
@ApplicationModule(
        displayName = "Shell",
        allowedDependencies = {"plugin"})
package dev.socle.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
