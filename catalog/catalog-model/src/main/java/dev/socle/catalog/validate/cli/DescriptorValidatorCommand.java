package dev.socle.catalog.validate.cli;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import dev.socle.catalog.parse.placeholder.UrlNotFetchedException;
import dev.socle.catalog.validate.CatalogRules;
import dev.socle.catalog.validate.DescriptorReadResult;
import dev.socle.catalog.validate.DescriptorReader;
import dev.socle.catalog.validate.KindPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks descriptor files with exactly the rules the catalog applies at ingestion, printing
 * {@code file:line:column: message} lines and a summary. Placeholders resolve relative to each descriptor and must
 * stay inside its root (the git working tree, as on the server); Location entities' targets are followed.
 * Exit status: 0 clean, 1 problems found, 2 usage error.
 */
public final class DescriptorValidatorCommand {

    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: java -jar socle-catalog-validator.jar [--root DIR] [--location-type url|file]
                   [--allow-kind KIND=APIVERSION]... PATH...
              Checks Backstage catalog descriptors (catalog-info.yaml) the way Socle ingests them.
              PATH is a descriptor file or a directory searched for *.yaml and *.yml files.
              --root DIR is the repository root that $text/$json/$yaml and Location targets must stay in;
                by default the git working tree holding each file, else the directory PATH, else the file's folder.
              --location-type is how the files will be registered: url (a repository, the default) or file;
                a Location entity whose spec.type differs is not followed, as on the server.
              --allow-kind accepts an extra kind, '*' matches anything, e.g. --allow-kind 'Workflow=acme.com/*'.
              Warnings are printed but do not fail the check.
              Exit status: 0 no problems (warnings allowed), 1 problems found, 2 usage error.""";

    private final PrintStream out;
    private final PrintStream err;
    private final LocationTargets locations = new LocationTargets();

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
        Path root = null;
        String locationType = "url";
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
            } else if (arg.equals("--location-type")) {
                if (i + 1 >= args.size() || !List.of("url", "file").contains(args.get(i + 1))) {
                    return usage("--location-type needs url or file, e.g. --location-type url");
                }
                locationType = args.get(++i);
            } else if (arg.equals("--root")) {
                if (i + 1 >= args.size() || !Files.isDirectory(Path.of(args.get(i + 1)))) {
                    return usage("--root needs an existing directory, e.g. --root .");
                }
                root = Path.of(args.get(++i)).toAbsolutePath().normalize();
            } else if (arg.startsWith("-")) {
                return usage("Unknown option " + arg);
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            return usage("Name at least one descriptor file or directory");
        }
        return check(paths, root, locationType, new DescriptorReader(new CatalogRules(allowed)));
    }

    private int check(List<Path> paths, @Nullable Path root, String locationType, DescriptorReader reader) {
        Deque<CheckedFile> pending = new ArrayDeque<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                return usage("No such file or directory: " + path);
            }
            Path searched = Files.isDirectory(path) ? path : null;
            for (Path file : DescriptorFiles.find(path)) {
                Path fileRoot = root != null ? root : DescriptorRoots.of(file, searched);
                Optional<String> below = DescriptorRoots.relative(fileRoot, file);
                if (below.isEmpty()) {
                    return usage(file + " is outside the root " + fileRoot + "; name a --root that holds it");
                }
                pending.add(new CheckedFile(file, file.toString(), fileRoot, below.get()));
            }
        }
        Set<Path> seen = new HashSet<>();
        int files = 0;
        int problems = 0;
        int warnings = 0;
        int entities = 0;
        while (!pending.isEmpty()) {
            CheckedFile file = pending.removeFirst();
            if (!seen.add(file.file().toAbsolutePath().normalize())) {
                continue;
            }
            files++;
            List<DescriptorProblem> found = new ArrayList<>();
            entities += read(reader, file, locationType, found, pending);
            found.forEach(out::println);
            int errors = (int) found.stream().filter(DescriptorProblem::isError).count();
            problems += errors;
            warnings += found.size() - errors;
        }
        out.println(summary(files, entities, problems, warnings));
        return problems == 0 ? CLEAN : PROBLEMS;
    }

    /** Checks one file, adds its problems and the files its Location entities lead to; returns its valid entities. */
    private int read(
            DescriptorReader reader,
            CheckedFile file,
            String locationType,
            List<DescriptorProblem> problems,
            Deque<CheckedFile> pending) {
        byte[] content;
        try (InputStream in = Files.newInputStream(file.file())) {
            content = in.readNBytes(ParserLimits.DEFAULT.maxCodePoints() * 4 + 1);
        } catch (IOException unreadable) {
            problems.add(DescriptorProblem.inFile(
                    file.shown(),
                    "could not be read: " + unreadable.getMessage() + "; check that the file is readable."));
            return 0;
        }
        DescriptorReadResult result = reader.read(file.shown(), content, file.path(), source(file.root()));
        problems.addAll(result.problems());
        LocationTargets.Followed followed = locations.follow(file, content, result.entities(), locationType);
        problems.addAll(followed.problems());
        pending.addAll(followed.files());
        return result.entities().size();
    }

    /**
     * The descriptor's directory, as the server reads a location; placeholder URLs are accepted without being
     * fetched, with a warning: the server reads them through its allowed hosts, which the validator does not know.
     */
    static DescriptorSource source(Path root) {
        DescriptorSource directory = DescriptorSource.directory(root);
        return new DescriptorSource() {
            @Override
            public byte[] read(String path, int maxBytes) {
                return directory.read(path, maxBytes);
            }

            @Override
            public byte[] readUrl(String url, int maxBytes) {
                throw new UrlNotFetchedException(
                        "not fetched by the validator; the server reads it through its allowed hosts");
            }
        };
    }

    private static String summary(int files, int entities, int problems, int warnings) {
        return "Checked " + files + (files == 1 ? " file" : " files") + ", " + entities
                + (entities == 1 ? " valid entity" : " valid entities") + ": "
                + (problems == 0 ? "no problems" : problems + (problems == 1 ? " problem" : " problems"))
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")) + ".";
    }

    private int usage(String message) {
        err.println(message + ".");
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
