package dev.socle.catalog.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the "repositories": each folder holds components with the APIs they provide and the resources they use, and
 * the last one also every API and resource no component took.
 */
final class RepositoryWriter {

    private static final List<String> LIFECYCLES =
            List.of("production", "production", "production", "experimental", "deprecated");
    private static final List<String> COMPONENT_TYPES =
            List.of("service", "service", "service", "website", "library", "worker");
    private static final List<String> API_TYPES =
            List.of("openapi", "openapi", "openapi", "asyncapi", "grpc", "graphql");
    private static final List<String> TAGS = List.of(
            "java",
            "kotlin",
            "go",
            "python",
            "typescript",
            "rust",
            "postgres",
            "kafka",
            "grpc",
            "rest",
            "batch",
            "ml",
            "payments",
            "search",
            "frontend",
            "internal");

    /** Receives a relation and its reverse, for the sample the benchmark checks. */
    interface RelationSink {
        void both(String source, String type, String target, String reverse);
    }

    private final OrganisationSettings settings;
    private final OrganisationPlan plan;
    private final SeededChoices random;
    private final BiConsumer<String, String> files;
    private final RelationSink expected;
    private int nextApi;
    private int nextResource;
    private int documentedLeft;

    RepositoryWriter(
            OrganisationSettings settings,
            OrganisationPlan plan,
            SeededChoices random,
            BiConsumer<String, String> files,
            RelationSink expected) {
        this.settings = settings;
        this.plan = plan;
        this.random = random;
        this.files = files;
        this.expected = expected;
        this.documentedLeft = settings.documented();
    }

    /** The descriptors of one repository; {@code sampled} tells which of its components the benchmark checks. */
    List<String> repository(String folder, List<Named> components, IntPredicate sampled, boolean last) {
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            documents.addAll(component(folder, components.get(i), sampled.test(i)));
        }
        if (last) {
            documents.addAll(leftovers());
        }
        return documents;
    }

    private List<String> component(String folder, Named component, boolean sampled) {
        String ns = component.namespace();
        Named team = random.pick(plan.groups());
        String owner = team.shortRef("Group", "Group", ns);
        Named system = random.pick(plan.systems());
        List<Named> provided = new ArrayList<>();
        for (int n = random.pick(List.of(0, 1, 1, 2)); n > 0; n--) {
            if (nextApi < plan.apis().size()) {
                provided.add(plan.apis().get(nextApi++));
            }
        }
        List<Named> used = new ArrayList<>();
        for (int n = random.pick(List.of(0, 1, 1)); n > 0; n--) {
            if (nextResource < plan.resources().size()) {
                used.add(plan.resources().get(nextResource++));
            }
        }
        List<Named> consumed = new ArrayList<>();
        for (int n = random.pick(List.of(0, 1, 2, 3)); n > 0; n--) {
            consumed.add(random.pick(plan.apis()));
        }
        // dependsOn has no default kind in Backstage: the kind is always written
        List<Named> dependencies = new ArrayList<>();
        for (int n = random.pick(List.of(0, 0, 1, 2)); n > 0; n--) {
            dependencies.add(random.pick(plan.components()));
        }
        TreeSet<String> depends = new TreeSet<>();
        used.forEach(resource -> depends.add(resource.shortRef("Resource", null, ns)));
        dependencies.forEach(other -> depends.add(other.shortRef("Component", null, ns)));

        List<String> annotations =
                new ArrayList<>(List.of("  annotations:", "    github.com/project-slug: example/" + component.name()));
        boolean documented = documentedLeft > 0;
        if (documented) {
            documentedLeft--;
            annotations.add("    backstage.io/techdocs-ref: dir:.");
        }
        List<String> tags = List.copyOf(new TreeSet<>(random.sample(TAGS, random.between(0, 3))));
        String links = "\n  links:\n    - url: https://dashboards.example.com/d/" + component.name()
                + "\n      title: Dashboard";
        String firstWord = component.name().split("-")[0];
        StringBuilder spec = new StringBuilder("spec:\n  type: ")
                .append(random.pick(COMPONENT_TYPES))
                .append("\n  lifecycle: ")
                .append(random.pick(LIFECYCLES))
                .append("\n  owner: ")
                .append(owner)
                .append("\n  system: ")
                .append(system.shortRef("System", "System", ns));
        if (!provided.isEmpty()) {
            spec.append("\n  providesApis: [")
                    .append(provided.stream()
                            .map(a -> a.shortRef("API", "API", ns))
                            .collect(Collectors.joining(", ")))
                    .append("]");
        }
        if (!consumed.isEmpty()) {
            spec.append("\n  consumesApis: [")
                    .append(String.join(
                            ", ",
                            consumed.stream()
                                    .map(a -> a.shortRef("API", "API", ns))
                                    .collect(Collectors.toCollection(TreeSet::new))))
                    .append("]");
        }
        if (!depends.isEmpty()) {
            spec.append("\n  dependsOn: [").append(String.join(", ", depends)).append("]");
        }
        List<String> documents = new ArrayList<>();
        documents.add(Descriptors.entity(
                        "Component",
                        component,
                        Descriptors.titled(component.name()),
                        "Handles " + firstWord + " for " + system.name(),
                        tags,
                        String.join("\n", annotations) + links)
                + spec + "\n");
        if (sampled) {
            String ref = component.ref("component");
            expected.both(ref, "ownedBy", team.ref("group"), "ownerOf");
            used.forEach(resource -> expected.both(ref, "dependsOn", resource.ref("resource"), "dependencyOf"));
            dependencies.forEach(other -> expected.both(ref, "dependsOn", other.ref("component"), "dependencyOf"));
            provided.forEach(api -> expected.both(ref, "providesApi", api.ref("api"), "apiProvidedBy"));
            consumed.forEach(api -> expected.both(ref, "consumesApi", api.ref("api"), "apiConsumedBy"));
        }
        for (Named api : provided) {
            documents.add(api(folder, api, component, team, system));
        }
        for (Named resource : used) {
            String type = lastWord(resource.name());
            documents.add(Descriptors.entity(
                            "Resource", resource, null, type + " used by " + component.name(), List.of(), "")
                    + "spec:\n  type: " + type + "\n  owner: " + team.shortRef("Group", "Group", resource.namespace())
                    + "\n  system: " + system.shortRef("System", "System", resource.namespace()) + "\n");
        }
        if (documented) {
            writeDocs(folder, component, owner, system);
        }
        return documents;
    }

    private String api(String folder, Named api, Named component, Named team, Named system) {
        String type = random.pick(API_TYPES);
        String definition;
        if (type.equals("openapi")) {
            files.accept(folder + "/" + api.name() + ".openapi.yaml", Descriptors.openApi(api.name(), random));
            definition = "\n    $text: ./" + api.name() + ".openapi.yaml";
        } else {
            definition = " |\n    # " + type + " definition of " + api.name() + "\n    service "
                    + api.name().replace('-', '_') + " {}";
        }
        return Descriptors.entity("API", api, null, "API of " + component.name(), List.of(), "")
                + "spec:\n  type: " + type + "\n  lifecycle: " + random.pick(LIFECYCLES) + "\n  owner: "
                + team.shortRef("Group", "Group", api.namespace()) + "\n  system: "
                + system.shortRef("System", "System", api.namespace()) + "\n  definition:" + definition + "\n";
    }

    private void writeDocs(String folder, Named component, String owner, Named system) {
        List<String> pages = IntStream.range(1, settings.pages())
                .mapToObj(p -> "page-" + p + ".md")
                .toList();
        String nav = pages.stream()
                .map(p -> "  - " + Descriptors.capitalised(p.substring(0, p.length() - 3)) + ": " + p)
                .collect(Collectors.joining("\n"));
        files.accept(
                folder + "/mkdocs.yml",
                "site_name: " + component.name() + "\nnav:\n  - Home: index.md\n" + nav + (nav.isEmpty() ? "" : "\n"));
        files.accept(
                folder + "/docs/index.md",
                "# " + component.name() + "\n\nOwned by " + owner + ". See [the first page]("
                        + (pages.isEmpty() ? "index.md" : pages.getFirst()) + ").\n\n| key | value |\n|---|---|\n"
                        + "| system | " + system.name() + " |\n| marker | zq" + random.marker() + " |\n");
        String type = Descriptors.capitalised(component.name().split("-")[0]);
        for (String page : pages) {
            String words = IntStream.range(0, 120)
                    .mapToObj(w -> random.pick(OrganisationPlan.WORDS))
                    .collect(Collectors.joining(" "));
            files.accept(
                    folder + "/docs/" + page,
                    "# " + Descriptors.capitalised(page.substring(0, page.length() - 3)) + " of " + component.name()
                            + "\n\n" + words + "\n\n```java\nclass " + type + " {}\n```\n\nUnique phrase zq"
                            + random.marker() + ".\n");
        }
    }

    /** Every API and resource no component took, so that the organisation holds exactly the planned entities. */
    private List<String> leftovers() {
        String owner = "default/" + plan.groups().getFirst().name();
        List<String> documents = new ArrayList<>();
        while (nextApi < plan.apis().size()) {
            Named api = plan.apis().get(nextApi++);
            documents.add(Descriptors.entity("API", api, null, null, List.of(), "")
                    + "spec:\n  type: graphql\n  lifecycle: production\n  owner: " + owner
                    + "\n  definition: \"type Query { ping: String }\"\n");
        }
        while (nextResource < plan.resources().size()) {
            Named resource = plan.resources().get(nextResource++);
            documents.add(Descriptors.entity("Resource", resource, null, null, List.of(), "") + "spec:\n  type: "
                    + lastWord(resource.name()) + "\n  owner: " + owner + "\n");
        }
        return documents;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf('-') + 1);
    }
}
