package dev.socle.security.rest;

import java.util.List;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells an API caller who Socle thinks it is: the first thing to check when a token does not work. */
@RestController
class IdentityController {

    private final RoleHierarchy roles;

    IdentityController(RoleHierarchy roles) {
        this.roles = roles;
    }

    /** The caller's subject and every role it holds, including those its roles imply (ADMIN implies all). */
    @GetMapping("/api/identity")
    Identity identity(Authentication authentication) {
        return new Identity(
                authentication.getName(),
                roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_"))
                        .map(authority -> authority.substring("ROLE_".length()))
                        .distinct()
                        .sorted()
                        .toList());
    }

    record Identity(String subject, List<String> roles) {}
}
