package dev.socle.catalog.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Variants of the fixture catalog that tests commit on top of it. */
final class GitSourcesText {

    private GitSourcesText() {}

    static String acmeWithLedgerLifecycle(String lifecycle) {
        return acme().replace(
                        "name: ledger\nspec:\n  type: service\n  lifecycle: experimental",
                        "name: ledger\nspec:\n  type: service\n  lifecycle: " + lifecycle);
    }

    static String onlyTeam() {
        return acme().split("\n---\n")[0] + "\n";
    }

    static String apiWithDefinition(String path) {
        return """
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: escaping-api
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-a
                  definition:
                    $text: %s
                """.formatted(path);
    }

    static String read(dev.socle.catalog.testkit.TestGitRepo repo, String path) {
        try {
            return Files.readString(repo.directory().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String acme() {
        try {
            return Files.readString(Path.of("src/test/resources/catalogs/acme/catalog-info.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
