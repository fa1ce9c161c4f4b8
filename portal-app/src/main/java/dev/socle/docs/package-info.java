/** Socle's own documentation, rendered from docs-site. */
@NullMarked
@ApplicationModule(
        displayName = "Docs",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "security"})
package dev.socle.docs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
