package dev.socle.catalog.validate;

import java.util.List;

/**
 * Which kinds the catalog accepts besides Backstage's built-ins. Entities of an allowed extra kind are checked
 * against the common envelope and metadata rules only.
 *
 * @param allowedKinds extra kind and apiVersion patterns
 */
public record CatalogRules(List<KindPattern> allowedKinds) {

    /** Only Backstage's built-in kinds. */
    public static final CatalogRules BUILT_IN_ONLY = new CatalogRules(List.of());

    public CatalogRules {
        allowedKinds = List.copyOf(allowedKinds);
    }

    public static CatalogRules allowing(KindPattern... patterns) {
        return new CatalogRules(List.of(patterns));
    }

    public boolean allowsExtra(String kind, String apiVersion) {
        return allowedKinds.stream().anyMatch(pattern -> pattern.matches(kind, apiVersion));
    }
}
