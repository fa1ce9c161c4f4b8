package dev.socle.catalog.validate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds descriptor files: a file as given; under a directory every {@code catalog-info.yaml} plus the other
 * {@code *.yaml} / {@code *.yml} files that look like descriptors (a top-level {@code apiVersion:} and
 * {@code kind:}), so API definitions and other YAML beside them are not reported. Symbolic links and the
 * {@code .git} folder are skipped, as the server never follows links.
 */
final class DescriptorFiles {

    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion\\s*:");
    private static final Pattern KIND = Pattern.compile("(?m)^kind\\s*:");
    private static final int SNIFF_BYTES = 64 * 1024;

    private DescriptorFiles() {}

    static List<Path> find(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !insideGit(path.relativize(file)))
                    .filter(DescriptorFiles::isDescriptor)
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not list " + path + "; check its permissions", unreadable);
        }
    }

    private static boolean insideGit(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals(".git")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDescriptor(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("catalog-info.yaml") || name.equals("catalog-info.yml")) {
            return true;
        }
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return API_VERSION.matcher(head).find() && KIND.matcher(head).find();
        } catch (IOException unreadable) {
            return true;
        }
    }
}
