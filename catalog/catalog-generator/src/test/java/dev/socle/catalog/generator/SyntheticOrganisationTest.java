package dev.socle.catalog.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.generator.cli.GenerateOrganisation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticOrganisationTest {

    @TempDir
    Path temp;

    @Test
    void theOrganisationDeclaresExactlyThePlannedEntitiesInTheBenchmarksMix() throws IOException {
        GeneratedOrganisation organisation =
                SyntheticOrganisation.write(temp.resolve("org"), OrganisationSettings.of(2_000));

        assertThat(organisation.counts())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Domain", 8,
                        "System", 80,
                        "Group", 40,
                        "User", 400,
                        "API", 320,
                        "Resource", 240,
                        "Component", 912));
        assertThat(organisation.entities()).isEqualTo(2_001);
        assertThat(kindsDeclared(organisation.directory()))
                .containsEntry("Component", 912L)
                .containsEntry("API", 320L)
                .containsEntry("Resource", 240L)
                .containsEntry("User", 400L)
                .containsEntry("Location", 1L);
    }

    @Test
    void theRootLocationListsEveryDescriptorFile() throws IOException {
        GeneratedOrganisation organisation =
                SyntheticOrganisation.write(temp.resolve("org"), OrganisationSettings.of(500));

        String root = Files.readString(organisation.directory().resolve(SyntheticOrganisation.ROOT_FILE));
        assertThat(organisation.files()).allSatisfy(file -> {
            assertThat(root).contains("    - ./" + file + "\n");
            assertThat(organisation.directory().resolve(file)).isRegularFile();
        });
        assertThat(organisation.files())
                .anyMatch(file -> file.startsWith("org/part-"))
                .anyMatch(file -> file.startsWith("systems/"))
                .anyMatch(file -> file.startsWith("repos/repo-"));
    }

    @Test
    void nestedLocationsListEachFolderFromTheirOwnFileAndCountAsEntities() throws IOException {
        GeneratedOrganisation organisation = SyntheticOrganisation.write(
                temp.resolve("org"), OrganisationSettings.of(500).withNestedLocations());

        Path directory = organisation.directory();
        assertThat(Files.readString(directory.resolve(SyntheticOrganisation.ROOT_FILE)))
                .contains(
                        "    - ./locations/org.yaml\n",
                        "    - ./locations/systems.yaml\n",
                        "    - ./locations/repos.yaml\n")
                .doesNotContain("repo-");
        String repos = Files.readString(directory.resolve("locations/repos.yaml"));
        assertThat(organisation.files())
                .filteredOn(file -> file.startsWith("repos/"))
                .isNotEmpty()
                .allSatisfy(file -> assertThat(repos).contains("    - ../" + file + "\n"));
        assertThat(organisation.entities()).isEqualTo(500 + 1 + 3);
        assertThat(kindsDeclared(directory)).containsEntry("Location", 4L);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        SyntheticOrganisation.write(temp.resolve("a"), OrganisationSettings.of(1_000));
        SyntheticOrganisation.write(temp.resolve("b"), OrganisationSettings.of(1_000));
        SyntheticOrganisation.write(
                temp.resolve("c"), OrganisationSettings.of(1_000).withSeed(7));

        assertThat(contents(temp.resolve("a"))).isEqualTo(contents(temp.resolve("b")));
        assertThat(contents(temp.resolve("a"))).isNotEqualTo(contents(temp.resolve("c")));
    }

    @Test
    void theExpectedRelationsNameEntitiesTheOrganisationDeclaresOnBothEnds() throws IOException {
        GeneratedOrganisation organisation =
                SyntheticOrganisation.write(temp.resolve("org"), OrganisationSettings.of(1_000));

        assertThat(organisation.expectedRelations())
                .extracting(ExpectedRelation::type)
                .contains("ownedBy", "ownerOf", "memberOf", "hasMember", "childOf", "parentOf");
        String everything = String.join("\n", contents(organisation.directory()).values());
        assertThat(organisation.expectedRelations()).allSatisfy(relation -> {
            assertThat(everything).contains("name: " + name(relation.sourceRef()));
            assertThat(everything).contains("name: " + name(relation.targetRef()));
        });
    }

    @Test
    void theCommandLineCommitsTheOrganisationToMainAndWritesTheExpectations() throws Exception {
        Path out = temp.resolve("org");
        Path expectations = temp.resolve("org.relations");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        GenerateOrganisation.run(
                new String[] {
                    "--entities",
                    "300",
                    "--out",
                    out.toString(),
                    "--git",
                    "--docs",
                    "2",
                    "--broken",
                    "5",
                    "--expectations",
                    expectations.toString()
                },
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains(": 301 entities (Domain 1, System 12, Group 6, User 60, API 48, Resource 36, Component 137,"
                        + " Location 1), ")
                .contains("2 documented components, 5 broken files");
        try (Git git = Git.open(out.toFile())) {
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(Files.readAllLines(expectations)).isNotEmpty().allSatisfy(line -> ExpectedRelation.parse(line));
        assertThat(out.resolve("broken/broken-0004/catalog-info.yaml"))
                .content()
                .contains("kind: Gadget");
        assertThat(String.join("\n", contents(out).values()))
                .containsOnlyOnce("site_name: ")
                .contains("backstage.io/techdocs-ref: dir:.");
    }

    @Test
    void aFolderThatHoldsFilesIsRefused() throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> SyntheticOrganisation.write(temp, OrganisationSettings.of(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not empty");
    }

    private static String name(String ref) {
        return ref.substring(ref.indexOf('/') + 1);
    }

    private static Map<String, Long> kindsDeclared(Path directory) throws IOException {
        Map<String, Long> kinds = new TreeMap<>();
        Pattern kind = Pattern.compile("(?m)^kind: (\\w+)$");
        for (String text : contents(directory).values()) {
            Matcher m = kind.matcher(text);
            while (m.find()) {
                kinds.merge(m.group(1), 1L, Long::sum);
            }
        }
        return kinds;
    }

    private static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !directory.relativize(file).startsWith(".git"))
                    .toList()) {
                contents.put(directory.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }
}
