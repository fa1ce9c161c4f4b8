package dev.socle.security;

import java.util.List;
import org.springframework.stereotype.Service;

/** Which static API tokens exist, for administrators: subjects and roles only, never the secrets. */
@Service
public class ApiTokenSubjects {

    private final ApiProperties properties;

    ApiTokenSubjects(ApiProperties properties) {
        this.properties = properties;
    }

    public List<TokenSubject> list() {
        return properties.staticTokens().stream()
                .map(token -> new TokenSubject(token.subject(), token.roles()))
                .toList();
    }

    public record TokenSubject(String subject, List<String> roles) {
        public TokenSubject {
            roles = List.copyOf(roles);
        }
    }
}
