/** Sign-in, local accounts, API tokens and who may do what. */
@NullMarked
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "shell :: rest"})
package dev.socle.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
