package dev.socle.catalog.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a made-up organisation in the Backstage descriptor format: nested groups with members, users, domains,
 * systems, components that own, provide, consume and depend, APIs whose OpenAPI definition is pulled in with
 * {@code $text}, resources, entities in a second namespace, and a root Location whose targets list every file.
 * Its shape follows the benchmark's generator, so that training exercises what a real catalog exercises. The same
 * size and seed always give the same files.
 */
final class SyntheticOrganisation {

    static final String ROOT_FILE = "catalog-info.yaml";

    private static final String[] LIFECYCLES = {"production", "production", "experimental", "deprecated"};
    private static final String[] COMPONENT_TYPES = {"service", "service", "website", "library"};
    private static final String[] TAGS = {"java", "go", "python", "kafka", "postgres", "grpc", "frontend"};
    private static final int COMPONENTS_PER_FILE = 2;

    private final Random random;
    private final int groups;
    private final int users;
    private final int systems;
    private final int components;
    private final List<String> files = new ArrayList<>();
    private final Path directory;

    private SyntheticOrganisation(Path directory, int entities, long seed) {
        this.directory = directory;
        this.random = new Random(seed);
        this.groups = Math.max(1, entities / 50);
        this.users = Math.max(1, entities / 5);
        this.systems = Math.max(1, entities / 25);
        // each component comes with one API and one resource; besides, one domain and the root Location
        this.components = Math.max(1, (entities - groups - users - systems - 2) / 3);
    }

    /** Writes about {@code entities} entities under the directory; answers how many exactly. */
    static int write(Path directory, int entities, long seed) {
        SyntheticOrganisation organisation = new SyntheticOrganisation(directory, entities, seed);
        organisation.writeAll();
        return organisation.groups + organisation.users + organisation.systems + 3 * organisation.components + 2;
    }

    private void writeAll() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            String children = IntStream.range(4 * i + 1, Math.min(4 * i + 5, groups))
                    .mapToObj(c -> "team-" + c)
                    .collect(Collectors.joining(", "));
            people.add(entity("Group", "team-" + i, "default", "Team " + i, "")
                    + "spec:\n  type: team\n  profile:\n    email: team-" + i + "@example.com\n"
                    + (i > 0 ? "  parent: team-" + (i - 1) / 4 + "\n" : "") + "  children: [" + children + "]\n");
        }
        for (int i = 0; i < users; i++) {
            people.add(entity("User", "user-" + i, "default", null, "") + "spec:\n  profile:\n    displayName: User "
                    + i + "\n  memberOf: [" + team(i) + "]\n");
        }
        people.add(entity("Domain", "payments", "default", "Payments", "") + "spec:\n  owner: team-0\n");
        file("org/people.yaml", String.join("---\n", people));
        for (int i = 0; i < systems; i++) {
            file(
                    "systems/system-" + i + ".yaml",
                    entity("System", "system-" + i, namespace(i), "System " + i, "") + "spec:\n  owner: group:default/"
                            + team(i) + "\n  domain: domain:default/payments\n");
        }
        for (int start = 0; start < components; start += COMPONENTS_PER_FILE) {
            List<String> documents = new ArrayList<>();
            for (int i = start; i < Math.min(start + COMPONENTS_PER_FILE, components); i++) {
                documents.addAll(component(i, "repos/repo-" + start));
            }
            file("repos/repo-" + start + "/catalog-info.yaml", String.join("---\n", documents));
        }
        String targets = files.stream().map(file -> "    - ./" + file).collect(Collectors.joining("\n"));
        write(
                ROOT_FILE,
                "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: organisation\n"
                        + "spec:\n  targets:\n" + targets + "\n");
    }

    private List<String> component(int i, String folder) {
        String namespace = namespace(i);
        String name = "service-" + i;
        String api = "service-" + i + "-api";
        String system = "system:" + namespace(i % systems) + "/system-" + i % systems;
        int provider = random.nextInt(components);
        String consumed = "api:" + namespace(provider) + "/service-" + provider + "-api";
        int dependency = random.nextInt(components);
        String tags = IntStream.range(0, 1 + random.nextInt(3))
                .mapToObj(t -> TAGS[random.nextInt(TAGS.length)])
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        write(
                folder + "/" + api + ".openapi.yaml",
                "openapi: 3.0.3\ninfo:\n  title: " + api + "\n  version: 1.0."
                        + i + "\npaths:\n  /items/{id}:\n    get:\n      operationId: getItem\n      responses:\n"
                        + "        \"200\": {description: The item}\n");
        return List.of(
                entity(
                                "Component",
                                name,
                                namespace,
                                "Service " + i,
                                "  tags: [" + tags + "]\n  annotations:\n"
                                        + "    github.com/project-slug: example/" + name
                                        + "\n  links:\n    - url: https://example.com/"
                                        + name + "\n      title: Dashboard\n")
                        + "spec:\n  type: " + pick(COMPONENT_TYPES) + "\n  lifecycle: " + pick(LIFECYCLES)
                        + "\n  owner: group:default/" + team(i) + "\n  system: " + system + "\n  providesApis: ["
                        + api + "]\n  consumesApis: [" + consumed + "]\n  dependsOn: [component:"
                        + namespace(dependency)
                        + "/service-" + dependency + ", resource:" + name + "-db]\n",
                entity("API", api, namespace, null, "") + "spec:\n  type: openapi\n  lifecycle: "
                        + pick(LIFECYCLES) + "\n  owner: group:default/" + team(i) + "\n  system: " + system
                        + "\n  definition:\n    $text: ./" + api + ".openapi.yaml\n",
                entity("Resource", name + "-db", namespace, null, "") + "spec:\n  type: database\n  owner: "
                        + "group:default/" + team(i) + "\n  system: " + system + "\n");
    }

    private static String entity(
            String kind, String name, String namespace, @Nullable String title, String extraMetadata) {
        return "apiVersion: backstage.io/v1alpha1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n"
                + ("default".equals(namespace) ? "" : "  namespace: " + namespace + "\n")
                + (title == null
                        ? ""
                        : "  title: \"" + title + "\"\n  description: \"" + title + " of the synthetic"
                                + " organisation\"\n")
                + extraMetadata;
    }

    private String team(int i) {
        return "team-" + i % groups;
    }

    private static String namespace(int i) {
        return i % 4 == 3 ? "platform" : "default";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void file(String path, String content) {
        write(path, content);
        files.add(path);
    }

    private void write(String path, String content) {
        try {
            Path file = directory.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not write the training catalog under " + directory, failed);
        }
    }
}
