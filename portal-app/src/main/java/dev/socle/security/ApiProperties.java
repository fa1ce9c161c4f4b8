package dev.socle.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Access to Socle's REST API.
 *
 * @param staticTokens bearer tokens accepted on {@code /api/**}, like Backstage's static external-access tokens;
 *     set them from the environment only, e.g. {@code SOCLE_API_STATIC_TOKENS_0_TOKEN} and
 *     {@code SOCLE_API_STATIC_TOKENS_0_SUBJECT}
 * @param maxRequestBody the largest request body {@code /api/**} accepts; larger ones are refused with 413 before
 *     they are read, whoever sends them. The default takes any entity the catalog can ingest
 */
@Validated
@ConfigurationProperties("socle.api")
public record ApiProperties(
        @DefaultValue List<@Valid StaticToken> staticTokens,
        @DefaultValue("8MB") DataSize maxRequestBody) {

    public ApiProperties {
        staticTokens = List.copyOf(staticTokens);
        if (maxRequestBody.toBytes() < 1024) {
            throw new IllegalArgumentException(
                    "socle.api.max-request-body is " + maxRequestBody + "; set at least 1KB (the default is 8MB).");
        }
    }

    /**
     * One static bearer token.
     *
     * @param token the secret, at least 24 characters; generate one with {@code openssl rand -base64 32}
     * @param subject who the token acts as, shown in the audit trail, e.g. {@code ci-pipeline}
     * @param roles extra roles the token holds: {@code ADMIN} (e.g. for a Prometheus scraper; implies every
     *     role), {@code CATALOG_EDITOR} (may register and unregister catalog locations, delete entities and analyse
     *     repositories) or {@code USER}
     */
    public record StaticToken(
            @NotBlank(message = "must be set: generate one with openssl rand -base64 32")
            @Size(min = 24, message = "must be at least 24 characters long: generate one with openssl rand -base64 32")
            String token,

            @NotBlank(message = "must name who uses the token, e.g. ci-pipeline")
            @Pattern(
                    regexp = "[A-Za-z0-9._:@-]{1,100}",
                    message = "may contain only letters, digits and . _ : @ - (at most 100)")
            String subject,

            @DefaultValue
            List<
                            @Pattern(
                                    regexp = "ADMIN|CATALOG_EDITOR|USER",
                                    message = "must be ADMIN, CATALOG_EDITOR or USER")
                            String>
                    roles) {

        public StaticToken {
            roles = List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "StaticToken[subject=" + subject + ", roles=" + roles + ", token=<redacted>]";
        }
    }
}
