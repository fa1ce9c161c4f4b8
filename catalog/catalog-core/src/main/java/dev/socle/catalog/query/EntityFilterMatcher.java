package dev.socle.catalog.query;

import dev.socle.catalog.index.SearchTerm;
import dev.socle.catalog.index.SearchTerms;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decides in memory whether a served entity body matches an {@link EntityFilter}, exactly as the search index
 * would: the body is reduced to the terms the index stores ({@link SearchTerms#ofServed}, with the uid taken from
 * {@code metadata.uid}), keys and values compared lower-cased; a key without values requires the field to exist,
 * the keys of an alternative must all match, any alternative will do, and a filter without alternatives matches
 * every body.
 */
public final class EntityFilterMatcher {

    private EntityFilterMatcher() {}

    public static boolean matches(EntityFilter filter, JsonNode body) {
        if (filter.matchesAll()) {
            return true;
        }
        Map<String, Set<String>> terms = terms(body);
        return filter.anyOf().stream().anyMatch(alternative -> matches(alternative, terms));
    }

    private static boolean matches(Map<String, Set<String>> alternative, Map<String, Set<String>> terms) {
        for (Map.Entry<String, Set<String>> condition : alternative.entrySet()) {
            Set<String> values = terms.get(condition.getKey());
            if (values == null) {
                return false;
            }
            Set<String> allowed = condition.getValue();
            if (!allowed.isEmpty() && Collections.disjoint(values, allowed)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased values by lower-cased key, as the index's {@code f:<key>} fields hold them. */
    private static Map<String, Set<String>> terms(JsonNode body) {
        JsonNode uid = body.path("metadata").path("uid");
        Map<String, Set<String>> terms = new HashMap<>();
        for (SearchTerm term : uid.isString() ? SearchTerms.ofServed(uid.asString(), body) : SearchTerms.of(body)) {
            terms.computeIfAbsent(term.key(), ignored -> new HashSet<>()).add(term.value());
        }
        return terms;
    }
}
