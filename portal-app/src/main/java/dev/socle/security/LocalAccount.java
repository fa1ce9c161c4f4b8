package dev.socle.security;

import java.time.Instant;
import java.util.Set;

/** A local account as the rest of Socle sees it: never with its password hash. */
public record LocalAccount(String username, String displayName, Set<String> roles, Instant createdAt) {

    public LocalAccount {
        roles = Set.copyOf(roles);
    }
}
