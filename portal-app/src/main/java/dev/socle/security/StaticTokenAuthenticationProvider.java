package dev.socle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Accepts the static bearer tokens listed in {@code socle.api.static-tokens}. Tokens are compared by their SHA-256
 * digests in constant time, so neither their length nor a prefix leaks through timing.
 * Deliberately not a bean: an {@code AuthenticationProvider} bean would replace the form login's password check.
 */
class StaticTokenAuthenticationProvider implements AuthenticationProvider {

    static final String SERVICE_ROLE = "ROLE_SERVICE";

    private final List<KnownToken> tokens;

    StaticTokenAuthenticationProvider(ApiProperties properties) {
        this.tokens = properties.staticTokens().stream()
                .map(token -> new KnownToken(sha256(token.token()), token.subject(), authorities(token.roles())))
                .toList();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        byte[] presented = sha256(((BearerTokenAuthenticationToken) authentication).getToken());
        for (KnownToken token : tokens) {
            if (MessageDigest.isEqual(presented, token.digest())) {
                return UsernamePasswordAuthenticationToken.authenticated(token.subject(), null, token.authorities());
            }
        }
        throw new BadCredentialsException("The bearer token is not one Socle knows");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static List<GrantedAuthority> authorities(List<String> roles) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(SERVICE_ROLE));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return List.copyOf(authorities);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    private record KnownToken(byte[] digest, String subject, List<GrantedAuthority> authorities) {}
}
