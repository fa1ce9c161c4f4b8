package dev.socle.catalog.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.DescriptorProblem.Level;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Socle reads a descriptor file the way Backstage does, beyond the schema. */
class DescriptorReaderFaithfulnessTest {

    @TempDir
    Path root;

    private DescriptorReadResult read(String yaml) throws IOException {
        Files.createDirectories(root.resolve("payments/docs"));
        Files.writeString(root.resolve("payments/docs/openapi.yaml"), "openapi: 3.0.3\n");
        return new DescriptorReader(CatalogRules.BUILT_IN_ONLY)
                .read(
                        "payments/catalog-info.yaml",
                        yaml.getBytes(StandardCharsets.UTF_8),
                        "payments/catalog-info.yaml",
                        DescriptorSource.directory(root));
    }

    @Test
    void theSameEntityTwiceInOneFileKeepsTheLaterDocumentWithAWarningNamingBoth() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  description: first draft
                spec: {type: service, lifecycle: experimental, owner: team-payments}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  description: the one in use
                spec: {type: service, lifecycle: production, owner: team-payments}
                """);

        assertThat(result.entities())
                .singleElement()
                .satisfies(entity -> assertThat(entity.metadata().description()).contains("the one in use"));
        assertThat(result.positionOf(result.entities().getFirst().ref()))
                .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(11));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(Level.WARNING);
            assertThat(problem.entityRef())
                    .isEqualTo(result.entities().getFirst().ref());
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.message())
                    .contains("component:default/payments is defined twice")
                    .contains("document 1 (payments/catalog-info.yaml:4)")
                    .contains("document 2 (payments/catalog-info.yaml:11)")
                    .contains("later one is kept");
        });
    }

    @Test
    void aWarningNamesTheEntityKeptFromItsDocumentAndAnErrorNamesNone() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  links: [{url: 'javascript:alert(1)'}]
                spec: {type: service, lifecycle: production, owner: team-payments}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: billing}
                spec: {type: 7, lifecycle: production, owner: team-payments}
                """);

        assertThat(result.entities()).extracting(Entity::ref).containsExactly(EntityRef.parse("component:payments"));
        assertThat(result.problems())
                .hasSize(2)
                .anySatisfy(warning -> {
                    assertThat(warning.isError()).isFalse();
                    assertThat(warning.entityRef()).isEqualTo(EntityRef.parse("component:default/payments"));
                })
                .anySatisfy(error -> {
                    assertThat(error.isError()).isTrue();
                    assertThat(error.entityRef()).isNull();
                });
    }

    @Test
    void aMissingTextFileDoesNotHideTheEntitysOtherProblems() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: payments-api
                spec:
                  type: openapi
                  lifecycle: production
                  definition:
                    $text: ./docs/missing.yaml
                """);

        assertThat(result.entities()).isEmpty();
        assertThat(result.problems())
                .extracting(DescriptorProblem::message)
                .hasSize(2)
                .anySatisfy(message -> assertThat(message).contains("$text").contains("does not exist"))
                .anySatisfy(message -> assertThat(message).contains("spec.owner is required"))
                .noneSatisfy(message -> assertThat(message).contains("spec.definition must"));
    }

    @Test
    void aMissingTextFileIsReportedWithoutTheMachinesPath() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  description: {$text: ./README.md}
                spec: {type: service, lifecycle: production, owner: team-payments}
                """);

        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("payments/README.md")
                .doesNotContain(root.toString());
    }

    @Test
    void anOpenApiPlaceholderAsTheDefinitionSaysWhichPlaceholdersExist() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata:
                  name: payments-api
                spec:
                  type: openapi
                  lifecycle: production
                  owner: team-payments
                  definition:
                    $openapi: ./docs/openapi.yaml
                """);

        assertThat(result.entities()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(Level.ERROR);
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.message())
                    .contains("$openapi at spec.definition is not a supported placeholder")
                    .contains("only $text, $json and $yaml")
                    .contains("definition: {$text: ./openapi.yaml}");
        });
    }

    @Test
    void anUnknownPlaceholderElsewhereIsKeptAsWrittenWithAWarning() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                spec:
                  type: service
                  lifecycle: production
                  owner: team-payments
                  settings:
                    $asyncapi: ./docs/events.yaml
                """);

        assertThat(result.entities())
                .singleElement()
                .satisfies(entity -> assertThat(
                                entity.spec().at("/settings/$asyncapi").asString())
                        .isEqualTo("./docs/events.yaml"));
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(Level.WARNING);
            assertThat(problem.message()).contains("only $text, $json and $yaml are supported");
        });
    }

    @Test
    void scriptLinksKeepTheEntityButAreFlagged() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  links:
                    - url: https://grafana.example.com/d/payments
                      title: Dashboard
                    - url: "  JavaScript:alert(document.cookie)"
                      title: Run
                    - url: "java\\tscript:alert(1)"
                    - url: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
                    - url: VBScript:msgbox
                spec: {type: service, lifecycle: production, owner: team-payments}
                """);

        assertThat(result.entities()).extracting(Entity::ref).hasSize(1);
        assertThat(result.problems())
                .hasSize(4)
                .allSatisfy(problem -> assertThat(problem.level()).isEqualTo(Level.WARNING))
                .extracting(DescriptorProblem::line)
                .containsExactly(8, 10, 11, 12);
        assertThat(result.problems().getFirst().message())
                .contains("metadata.links[1].url")
                .contains("javascript URL");
    }

    @Test
    void aWarningDoesNotCountAsAnError() {
        assertThat(DescriptorProblem.warning("f.yaml", 2, 3, "look").isError()).isFalse();
        assertThat(DescriptorProblem.warning("f.yaml", 2, 3, "look")).hasToString("f.yaml:2:3: warning: look");
        assertThat(new DescriptorProblem("f.yaml", 2, 3, "broken").isError()).isTrue();
    }

    @Test
    void aLocationWhoseTypeDiffersFromHowItWasReadIsNotFollowed() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: payments-services
                spec:
                  type: file
                  targets: [./services/*/catalog-info.yaml]
                """);
        Entity location = result.entities().getFirst();

        assertThat(LocationTypes.notFollowed(location, "file")).isEmpty();
        assertThat(LocationTypes.notFollowed(location, "url"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("spec.type 'file'")
                        .contains("read through a location of type 'url'")
                        .contains("not read"));
    }

    @Test
    void aLocationWithoutTypeIsFollowedWhateverItWasReadWith() throws IOException {
        DescriptorReadResult result = read("""
                apiVersion: backstage.io/v1alpha1
                kind: Location
                metadata:
                  name: payments-services
                spec:
                  target: ./services/catalog-info.yaml
                """);

        assertThat(LocationTypes.notFollowed(result.entities().getFirst(), "url"))
                .isEmpty();
        assertThat(LocationTypes.notFollowed(result.entities().getFirst(), "file"))
                .isEmpty();
    }
}
