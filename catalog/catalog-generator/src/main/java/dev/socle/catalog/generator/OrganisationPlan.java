package dev.socle.catalog.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** How many entities of each kind, with their names and namespaces, drawn once before any file is written. */
record OrganisationPlan(
        List<Named> domains,
        List<Named> groups,
        List<Named> systems,
        List<Named> users,
        List<Named> apis,
        List<Named> resources,
        List<Named> components) {

    static final List<String> WORDS = List.of(
            "billing",
            "catalog",
            "checkout",
            "ledger",
            "inventory",
            "search",
            "identity",
            "shipping",
            "pricing",
            "notify",
            "review",
            "report",
            "audit",
            "quota",
            "gateway",
            "profile",
            "session",
            "media",
            "render",
            "export",
            "import",
            "schedule",
            "metrics",
            "alert",
            "route",
            "order",
            "cart",
            "wallet",
            "fraud",
            "risk",
            "tax",
            "invoice");
    static final List<String> RESOURCE_TYPES = List.of("database", "queue", "bucket", "cache", "topic");

    static OrganisationPlan of(OrganisationSettings settings, SeededChoices random) {
        Map<String, Integer> counts = counts(settings.entities());
        List<String> namespaces = new ArrayList<>(List.of("default"));
        for (int i = 1; i <= settings.namespaces(); i++) {
            namespaces.add("ns" + i);
        }
        IntFunction<String> anyNamespace = i -> random.fraction() < 0.7 || namespaces.size() == 1
                ? "default"
                : random.pick(namespaces.subList(1, namespaces.size()));
        return new OrganisationPlan(
                named(counts.get("Domain"), i -> "domain-" + i, i -> "default"),
                named(counts.get("Group"), i -> "team-" + i, i -> "default"),
                named(counts.get("System"), i -> "system-" + i, anyNamespace),
                named(counts.get("User"), i -> "user-" + i, i -> "default"),
                named(counts.get("API"), i -> "api-" + i + "-" + random.pick(WORDS), anyNamespace),
                named(counts.get("Resource"), i -> "res-" + i + "-" + random.pick(RESOURCE_TYPES), anyNamespace),
                named(
                        counts.get("Component"),
                        i -> random.pick(WORDS) + "-" + random.pick(WORDS) + "-" + i,
                        anyNamespace));
    }

    /** The total split across kinds like a real organisation; components take what the other kinds leave. */
    static Map<String, Integer> counts(int total) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Domain", Math.max(1, (int) (total * 0.004)));
        counts.put("System", Math.max(1, (int) (total * 0.04)));
        counts.put("Group", Math.max(1, (int) (total * 0.02)));
        counts.put("User", Math.max(1, (int) (total * 0.20)));
        counts.put("API", Math.max(1, (int) (total * 0.16)));
        counts.put("Resource", Math.max(1, (int) (total * 0.12)));
        int others = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.put("Component", Math.max(1, total - others));
        return counts;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Domain", domains.size());
        counts.put("System", systems.size());
        counts.put("Group", groups.size());
        counts.put("User", users.size());
        counts.put("API", apis.size());
        counts.put("Resource", resources.size());
        counts.put("Component", components.size());
        return counts;
    }

    int entities() {
        return counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<Named> named(int count, IntFunction<String> name, IntFunction<String> namespace) {
        List<Named> named = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // the name first, then the namespace: the order the draws are made in is part of the seed's meaning
            String n = name.apply(i);
            named.add(new Named(n, namespace.apply(i)));
        }
        return named;
    }
}
