package dev.socle.catalog.query;

import dev.socle.plugin.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Backstage's filter sets: an entity matches when it matches any alternative; it matches an alternative when, for
 * every key, it has one of the allowed values (or, for a key without values, any value at all). Keys and values
 * are compared case-insensitively; no alternative at all matches every entity.
 *
 * @param anyOf the alternatives, each a map of lower-cased key to lower-cased allowed values (empty: exists)
 */
public record EntityFilter(List<Map<String, Set<String>>> anyOf) {

    private static final int MAX_KEY = 200;

    public EntityFilter {
        List<Map<String, Set<String>>> copy = new ArrayList<>();
        for (Map<String, Set<String>> alternative : anyOf) {
            Map<String, Set<String>> lowered = new LinkedHashMap<>();
            alternative.forEach((key, values) -> {
                Set<String> lowerValues = new LinkedHashSet<>();
                values.forEach(value -> lowerValues.add(value.toLowerCase(Locale.ROOT)));
                lowered.put(
                        requireKey(key.trim().toLowerCase(Locale.ROOT), key), Collections.unmodifiableSet(lowerValues));
            });
            copy.add(Collections.unmodifiableMap(lowered));
        }
        anyOf = List.copyOf(copy);
    }

    /** Matches every entity. */
    public static EntityFilter all() {
        return new EntityFilter(List.of());
    }

    /** One alternative requiring each key to have the given value. */
    public static EntityFilter where(Map<String, String> keyValues) {
        Map<String, Set<String>> alternative = new LinkedHashMap<>();
        keyValues.forEach((key, value) -> alternative.put(key, Set.of(value)));
        return new EntityFilter(List.of(alternative));
    }

    /** This filter or the other: the alternatives of both. */
    public EntityFilter or(EntityFilter other) {
        List<Map<String, Set<String>>> both = new ArrayList<>(anyOf);
        both.addAll(other.anyOf);
        return new EntityFilter(both);
    }

    public boolean matchesAll() {
        return anyOf.isEmpty();
    }

    /**
     * Parses repeated {@code filter} query parameters, each {@code key=value,key=value,key}; the parameters are
     * alternatives, the parts of one parameter all apply, a repeated key allows several values and a key without
     * {@code =} only requires the field to exist.
     *
     * @throws InvalidInputException when a parameter is empty or has a part without key or value
     */
    public static EntityFilter parse(List<String> parameters) {
        List<Map<String, Set<String>>> alternatives = new ArrayList<>();
        for (String parameter : parameters) {
            alternatives.add(parseOne(parameter));
        }
        return new EntityFilter(alternatives);
    }

    private static Map<String, Set<String>> parseOne(String parameter) {
        if (parameter.isBlank()) {
            throw new InvalidInputException("A filter parameter is empty; write it as key=value,key=value, e.g."
                    + " filter=kind=component,spec.type=service, or leave it out.");
        }
        Map<String, Set<String>> alternative = new LinkedHashMap<>();
        for (String part : parameter.split(",", -1)) {
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).trim();
            if (key.isEmpty()) {
                throw new InvalidInputException("Malformed filter '" + parameter + "': the part '" + part
                        + "' has no key; write key=value or just key, separated by commas.");
            }
            Set<String> values = alternative.computeIfAbsent(key, ignored -> new LinkedHashSet<>());
            if (equals >= 0) {
                String value = part.substring(equals + 1).trim();
                if (value.isEmpty()) {
                    throw new InvalidInputException("Malformed filter '" + parameter + "': the key '" + key
                            + "' has an empty value; give a value, or write just '" + key
                            + "' to require that the field exists.");
                }
                values.add(value);
            }
        }
        return alternative;
    }

    private static String requireKey(String lowered, String original) {
        if (lowered.isEmpty() || lowered.length() > MAX_KEY) {
            throw new InvalidInputException("Filter key '" + original + "' must have 1 to " + MAX_KEY
                    + " characters; use a field path such as spec.type.");
        }
        return lowered;
    }
}
