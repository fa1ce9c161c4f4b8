package dev.socle.catalog.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a made-up organisation in the Backstage descriptor format, shaped like a real company's repositories: a
 * tree of team groups, users who are members of one or two teams, domains, systems, and one folder per "repository"
 * holding two components with the APIs they provide (OpenAPI definitions pulled in with {@code $text}) and the
 * resources they use, components that consume APIs and depend on resources and on each other, entities spread over
 * several namespaces, and a root Location whose targets list every descriptor file. The same settings always give
 * byte-identical files.
 *
 * <p>The mix of kinds and the file layout are those the catalog benchmark's figures were measured with since the
 * first run (0.4 % domains, 4 % systems, 2 % groups, 20 % users, 16 % APIs, 12 % resources, the rest components;
 * 500 organisation entities per file under {@code org/}, one file per system under {@code systems/}, one folder per
 * two components under {@code repos/}).
 */
public final class SyntheticOrganisation {

    /** The file to register: a Location whose targets list every descriptor file. */
    public static final String ROOT_FILE = "catalog-info.yaml";

    private static final int ORGANISATION_ENTITIES_PER_FILE = 500;
    private static final int SAMPLED_COMPONENTS = 20;

    private final OrganisationSettings settings;
    private final Path out;
    private final SeededChoices random;
    private final OrganisationPlan plan;
    private final List<String> files = new ArrayList<>();
    private final List<ExpectedRelation> expected = new ArrayList<>();
    private int nestedLocations;

    private SyntheticOrganisation(Path out, OrganisationSettings settings) {
        this.settings = settings;
        this.out = out;
        this.random = new SeededChoices(settings.seed());
        this.plan = OrganisationPlan.of(settings, random);
    }

    /**
     * Writes the organisation into {@code directory}, which must be missing, empty or an empty git repository.
     *
     * @throws IllegalArgumentException when the directory holds files already
     */
    public static GeneratedOrganisation write(Path directory, OrganisationSettings settings) {
        requireEmpty(directory);
        SyntheticOrganisation organisation = new SyntheticOrganisation(directory, settings);
        organisation.writeAll();
        return new GeneratedOrganisation(
                directory,
                organisation.plan.entities() + 1 + organisation.nestedLocations,
                organisation.plan.counts(),
                organisation.files,
                organisation.expected);
    }

    private void writeAll() {
        writeOrganisation();
        writeSystems();
        writeRepositories();
        writeBroken();
        List<String> rootTargets = settings.nestedLocations()
                ? nestLocations()
                : files.stream().map(file -> "./" + file).toList();
        write(
                ROOT_FILE,
                location(
                        "synthetic-org",
                        "Synthetic organisation of " + settings.entities() + " entities (seed " + settings.seed() + ")",
                        rootTargets));
    }

    /**
     * Writes {@code locations/<folder>.yaml} for each top-level folder, listing that folder's files relative to
     * itself, and answers the root's targets: those Location files.
     */
    private List<String> nestLocations() {
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (String file : files) {
            byFolder.computeIfAbsent(file.substring(0, file.indexOf('/')), folder -> new ArrayList<>())
                    .add("../" + file);
        }
        List<String> nested = new ArrayList<>();
        byFolder.forEach((folder, targets) -> {
            String file = "locations/" + folder + ".yaml";
            write(file, location("synthetic-" + folder, "The " + folder + " folder", targets));
            nested.add("./" + file);
            nestedLocations++;
        });
        return nested;
    }

    private static String location(String name, String description, List<String> targets) {
        return "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: " + name
                + "\n  description: \"" + description + "\"\nspec:\n  targets:\n"
                + targets.stream().map(target -> "    - " + target).collect(Collectors.joining("\n")) + "\n";
    }

    private void writeOrganisation() {
        List<Named> groups = plan.groups();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Named group = groups.get(i);
            String parent = i > 0 ? "\n  parent: " + groups.get((i - 1) / 4).name() : "";
            String children = java.util.stream.IntStream.range(4 * i + 1, Math.min(4 * i + 5, groups.size()))
                    .mapToObj(c -> groups.get(c).name())
                    .collect(Collectors.joining(", "));
            documents.add(Descriptors.entity("Group", group, "Team " + i, "Engineering team " + i, List.of(), "")
                    + "spec:\n  type: team\n  profile:\n    displayName: Team " + i + "\n    email: team-" + i
                    + "@example.com" + parent + "\n  children: [" + children + "]\n");
            if (i > 0 && i == groups.size() - 1) {
                Named parentGroup = groups.get((i - 1) / 4);
                expectBoth(group.ref("group"), "childOf", parentGroup.ref("group"), "parentOf");
            }
        }
        List<Named> users = plan.users();
        for (int i = 0; i < users.size(); i++) {
            Named user = users.get(i);
            TreeSet<String> memberOf = new TreeSet<>();
            memberOf.add(groups.get(i % groups.size()).name());
            memberOf.add(random.pick(groups).name());
            documents.add(Descriptors.entity("User", user, null, null, List.of(), "")
                    + "spec:\n  profile:\n    displayName: User " + i + "\n    email: user-" + i
                    + "@example.com\n  memberOf: [" + String.join(", ", memberOf) + "]\n");
            if (i == 0 || i == users.size() - 1) {
                for (String team : memberOf) {
                    expectBoth(user.ref("user"), "memberOf", "group:default/" + team, "hasMember");
                }
            }
        }
        List<Named> domains = plan.domains();
        for (int i = 0; i < domains.size(); i++) {
            documents.add(
                    Descriptors.entity("Domain", domains.get(i), "Domain " + i, "Business domain " + i, List.of(), "")
                            + "spec:\n  owner: " + groups.get(i % groups.size()).name() + "\n");
        }
        for (int start = 0; start < documents.size(); start += ORGANISATION_ENTITIES_PER_FILE) {
            String file = "org/part-%04d.yaml".formatted(start / ORGANISATION_ENTITIES_PER_FILE);
            descriptorFile(
                    file,
                    String.join(
                            "---\n",
                            documents.subList(
                                    start, Math.min(start + ORGANISATION_ENTITIES_PER_FILE, documents.size()))));
        }
    }

    private void writeSystems() {
        List<Named> systems = plan.systems();
        List<Named> domains = plan.domains();
        for (int i = 0; i < systems.size(); i++) {
            Named system = systems.get(i);
            Named owner = random.pick(plan.groups());
            descriptorFile(
                    "systems/" + system.name() + "/catalog-info.yaml",
                    Descriptors.entity(
                                    "System",
                                    system,
                                    "System " + i,
                                    "System " + i + " of domain " + i % domains.size(),
                                    List.of(),
                                    "")
                            + "spec:\n  owner: " + owner.shortRef("Group", "Group", system.namespace())
                            + "\n  domain: "
                            + domains.get(i % domains.size()).shortRef("Domain", "Domain", system.namespace())
                            + "\n");
        }
    }

    private void writeRepositories() {
        RepositoryWriter repositories = new RepositoryWriter(settings, plan, random, this::write, this::expectBoth);
        List<Named> components = plan.components();
        int count = Math.max(1, components.size() / 2);
        int sampleEvery = Math.max(1, components.size() / SAMPLED_COMPONENTS);
        for (int r = 0; r < count; r++) {
            String repository = "repos/repo-%06d".formatted(r);
            List<Named> held =
                    r < count - 1 ? components.subList(2 * r, 2 * r + 2) : components.subList(2 * r, components.size());
            int first = 2 * r;
            List<String> documents = repositories.repository(
                    repository,
                    held,
                    index -> (first + index) % sampleEvery == 0 || first + index == components.size() - 1,
                    r == count - 1);
            descriptorFile(repository + "/catalog-info.yaml", String.join("---\n", documents));
        }
    }

    private void writeBroken() {
        for (int i = 0; i < settings.broken(); i++) {
            descriptorFile("broken/broken-%04d/catalog-info.yaml".formatted(i), Descriptors.broken(i));
        }
    }

    private void expectBoth(String source, String type, String target, String reverse) {
        expected.add(new ExpectedRelation(source, type, target));
        expected.add(new ExpectedRelation(target, reverse, source));
    }

    private void descriptorFile(String path, String content) {
        write(path, content);
        files.add(path);
    }

    private void write(String path, String content) {
        try {
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException failed) {
            throw new UncheckedIOException(
                    "Could not write " + path + " of the synthetic organisation in " + out
                            + "; check that the folder is writable and the disk has room",
                    failed);
        }
    }

    private static void requireEmpty(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (var entries = Files.list(directory)) {
                    if (entries.anyMatch(
                            entry -> !entry.getFileName().toString().equals(".git"))) {
                        throw new IllegalArgumentException(directory
                                + " exists and is not empty; give the generator a new or empty folder (an empty git"
                                + " repository will do)");
                    }
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not list " + directory, failed);
        }
    }
}
