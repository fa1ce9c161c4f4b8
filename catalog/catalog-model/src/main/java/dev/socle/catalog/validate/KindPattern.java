package dev.socle.catalog.validate;

import java.util.regex.Pattern;

/**
 * A kind and apiVersion the catalog accepts beyond the built-ins; {@code *} matches any run of characters.
 *
 * @param kind kind pattern, compared case-sensitively like Backstage, e.g. {@code Workflow} or {@code *}
 * @param apiVersion apiVersion pattern, e.g. {@code acme.com/*}
 */
public record KindPattern(String kind, String apiVersion) {

    public KindPattern {
        if (kind.isBlank() || apiVersion.isBlank()) {
            throw new IllegalArgumentException("A kind pattern needs both kind and apiVersion, e.g. "
                    + "{kind: Workflow, apiVersion: acme.com/v1}; got kind '" + kind + "', apiVersion '"
                    + apiVersion + "'.");
        }
    }

    public boolean matches(String entityKind, String entityApiVersion) {
        return glob(kind).matcher(entityKind).matches()
                && glob(apiVersion).matcher(entityApiVersion).matches();
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String literal : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }
}
