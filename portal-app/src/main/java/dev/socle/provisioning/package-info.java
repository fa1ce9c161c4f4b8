/** Self-service infrastructure requests, approvals and fulfilment. */
@NullMarked
@ApplicationModule(
        displayName = "Provisioning",
        allowedDependencies = {"plugin", "shell", "shell :: ui", "security", "catalog"})
package dev.socle.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
