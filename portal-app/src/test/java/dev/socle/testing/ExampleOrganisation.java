package dev.socle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/** The example organisation Socle ships in {@code docs-site/examples/acme}, as the README's quick start uses it. */
public final class ExampleOrganisation {

    /** Where the example lies in the repository, seen from the portal-app module the tests run in. */
    public static final Path SHIPPED = Path.of("..", "docs-site", "examples", "acme");

    private ExampleOrganisation() {}

    /** Copies the example under the tests' allowed file root and returns its root descriptor. */
    public static Path copyUnderAllowedRoot() {
        Path target = GitSources.get().root().resolve("acme-example-" + UUID.randomUUID());
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(SHIPPED.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not copy the example organisation from " + SHIPPED.toAbsolutePath(), e);
        }
        return target.resolve("catalog-info.yaml");
    }
}
