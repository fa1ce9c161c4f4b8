package dev.socle.catalog.validate.cli;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import dev.socle.catalog.validate.CatalogRules;
import dev.socle.catalog.validate.DescriptorReadResult;
import dev.socle.catalog.validate.DescriptorReader;
import dev.socle.catalog.validate.KindPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks descriptor files with exactly the rules the catalog applies at ingestion, printing
 * {@code file:line:column: message} lines and a summary. Exit status: 0 clean, 1 problems found, 2 usage error.
 */
public final class DescriptorValidatorCommand {

    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar socle-catalog-model-cli.jar [--allow-kind KIND=APIVERSION]... PATH...
              Checks Backstage catalog descriptors (catalog-info.yaml) the way Socle ingests them.
              PATH is a descriptor file or a directory searched for *.yaml and *.yml files.
              --allow-kind accepts an extra kind, '*' matches anything, e.g. --allow-kind 'Workflow=acme.com/*'.
              Exit status: 0 no problems, 1 problems found, 2 usage error.""";

    private final PrintStream out;
    private final PrintStream err;

    DescriptorValidatorCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(new DescriptorValidatorCommand(System.out, System.err).run(List.of(args)));
    }

    int run(List<String> args) {
        List<KindPattern> allowed = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return CLEAN;
            } else if (arg.equals("--allow-kind")) {
                if (i + 1 >= args.size() || !args.get(i + 1).contains("=")) {
                    return usage("--allow-kind needs KIND=APIVERSION, e.g. --allow-kind Workflow=acme.com/v1");
                }
                String[] pattern = args.get(++i).split("=", 2);
                allowed.add(new KindPattern(pattern[0], pattern[1]));
            } else if (arg.startsWith("-")) {
                return usage("Unknown option " + arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            return usage("Name at least one descriptor file or directory");
        }
        return check(paths, new DescriptorReader(new CatalogRules(allowed)));
    }

    private int check(List<Path> paths, DescriptorReader reader) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return usage("No such file or directory: " + path);
            }
            files.addAll(DescriptorFiles.find(path));
        }
        int problems = 0;
        int entities = 0;
        for (Path file : files) {
            DescriptorReadResult result = read(reader, file);
            result.problems().forEach(out::println);
            problems += result.problems().size();
            entities += result.entities().size();
        }
        out.println(summary(files.size(), entities, problems));
        return problems == 0 ? CLEAN : PROBLEMS;
    }

    private static DescriptorReadResult read(DescriptorReader reader, Path file) {
        String shown = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(ParserLimits.DEFAULT.maxCodePoints() * 4 + 1);
            Path directory = file.toAbsolutePath().getParent();
            return reader.read(shown, content, file.getFileName().toString(), DescriptorSource.directory(directory));
        } catch (IOException unreadable) {
            return new DescriptorReadResult(List.of(), List.of(), List.of(DescriptorProblem.inFile(shown,
                    "could not be read: " + unreadable.getMessage() + "; check that the file is readable.")));
        }
    }

    private static String summary(int files, int entities, int problems) {
        return "Checked " + files + (files == 1 ? " file" : " files") + ", " + entities
                + (entities == 1 ? " valid entity" : " valid entities") + ": "
                + (problems == 0 ? "no problems." : problems + (problems == 1 ? " problem." : " problems."));
    }

    private int usage(String message) {
        err.println(message + ".");
        err.println(USAGE_TEXT);
        return USAGE;
    }

}
