package dev.socle.catalog.generator.cli;

import dev.socle.catalog.generator.ExpectedRelation;
import dev.socle.catalog.generator.GeneratedOrganisation;
import dev.socle.catalog.generator.OrganisationRepository;
import dev.socle.catalog.generator.OrganisationSettings;
import dev.socle.catalog.generator.SyntheticOrganisation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The generator on the command line, as the catalog benchmark runs it:
 *
 * <pre>
 * generate --entities 100000 --out /tmp/org100k [--seed 42] [--git] [--docs 2000] [--pages 5] [--broken 20]
 *          [--namespaces 3] [--nested-locations] [--expectations /tmp/org100k.relations]
 * </pre>
 *
 * It prints one line: the folder, the number of entities (the root Location included) and the count per kind.
 * {@code --expectations} writes, outside the organisation, a sample of relations that the stitched catalog must
 * show, one per line: source ref, relation type and target ref separated by tabs.
 */
public final class GenerateOrganisation {

    private GenerateOrganisation() {}

    public static void main(String[] args) {
        try {
            run(args, System.out);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println("Usage: --entities N --out DIR [--seed S] [--git] [--docs N] [--pages N] [--broken N]"
                    + " [--namespaces N] [--nested-locations] [--expectations FILE]");
            // a command-line tool's failure is its exit status
            Runtime.getRuntime().exit(2);
        }
    }

    /** Generates what the arguments ask for and prints the summary line; answers what it wrote. */
    public static GeneratedOrganisation run(String[] args, PrintStream out) {
        Arguments arguments = Arguments.parse(args);
        OrganisationSettings settings = new OrganisationSettings(
                arguments.number("--entities", 10_000),
                arguments.number("--seed", 42),
                arguments.number("--docs", 0),
                arguments.number("--pages", 5),
                arguments.number("--broken", 0),
                arguments.number("--namespaces", 3),
                arguments.flag("--nested-locations"));
        Path directory = Path.of(arguments.required("--out")).toAbsolutePath();
        GeneratedOrganisation organisation = SyntheticOrganisation.write(directory, settings);
        if (arguments.flag("--git")) {
            OrganisationRepository.commit(directory);
        }
        String expectations = arguments.value("--expectations");
        if (expectations != null) {
            writeLines(
                    Path.of(expectations),
                    organisation.expectedRelations().stream()
                            .map(ExpectedRelation::line)
                            .toList());
        }
        out.println(directory + ": " + organisation.entities() + " entities ("
                + summary(organisation.counts()) + ", Location "
                + (organisation.entities()
                        - organisation.counts().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                + "), "
                + organisation.files().size()
                + " descriptor files, " + settings.documented() + " documented components, " + settings.broken()
                + " broken files");
        return organisation;
    }

    private static String summary(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " " + count.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not write the expected relations to " + file, failed);
        }
    }

    private record Arguments(List<String> args) {

        static Arguments parse(String[] args) {
            List<String> known = List.of(
                    "--entities",
                    "--out",
                    "--seed",
                    "--git",
                    "--docs",
                    "--pages",
                    "--broken",
                    "--namespaces",
                    "--expectations",
                    "--nested-locations");
            List<String> list = new ArrayList<>(List.of(args));
            for (String arg : list) {
                if (arg.startsWith("--") && !known.contains(arg)) {
                    throw new IllegalArgumentException("Unknown option " + arg + "; the options are " + known);
                }
            }
            return new Arguments(list);
        }

        boolean flag(String name) {
            return args.contains(name);
        }

        @Nullable
        String value(String name) {
            int at = args.indexOf(name);
            if (at < 0) {
                return null;
            }
            if (at + 1 >= args.size()) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            return args.get(at + 1);
        }

        String required(String name) {
            String value = value(name);
            if (value == null) {
                throw new IllegalArgumentException("Option " + name + " is required");
            }
            return value;
        }

        int number(String name, int otherwise) {
            String value = value(name);
            try {
                return value == null ? otherwise : Integer.parseInt(value);
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("Option " + name + " takes a whole number, not '" + value + "'");
            }
        }
    }
}
