package dev.socle.catalog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MultiDocumentRecoveryTest {

    private final DescriptorParser parser = new DescriptorParser();

    private static final String THREE_DOCUMENTS_MIDDLE_BROKEN = """
            # Services of the payments team
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: payments
            spec:
              type: service
              lifecycle: production
              owner: team-payments
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: ledger
              description: "unterminated
            spec:
              type: service
            ---
            apiVersion: backstage.io/v1alpha1
            kind: API
            metadata:
              name: payments-api
            spec:
              type: openapi
              lifecycle: production
              owner: team-payments
              definition: |
                openapi: 3.0.0
                info:
                  title: Payments
            """;

    @Test
    void aSyntaxErrorInTheMiddleDocumentKeepsTheDocumentsAroundIt() {
        ParseResult result = parser.parse("catalog-info.yaml", THREE_DOCUMENTS_MIDDLE_BROKEN);

        assertThat(result.documents())
                .extracting(document -> document.content().at("/metadata/name").asString())
                .containsExactly("payments", "payments-api");
        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isBetween(15, 18);
            assertThat(problem.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void positionsOfLaterDocumentsAreTheFilesRealLines() {
        ParseResult result = parser.parse("catalog-info.yaml", THREE_DOCUMENTS_MIDDLE_BROKEN);

        ParsedDocument api = result.documents().get(1);
        assertThat(api.positions().nearest("/metadata/name")).contains(new SourcePosition(22, 3));
        assertThat(api.positions().nearest("/spec/definition")).contains(new SourcePosition(27, 3));
    }

    @Test
    void aDocumentMarkerInsideAnIndentedBlockScalarDoesNotSplitTheDocument() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                metadata:
                  name: a
                  description: |
                    Front matter in Markdown looks like this:
                    ---
                    title: x
                    ...
                ---
                metadata:
                  name: b
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(2);
        assertThat(result.documents()
                        .getFirst()
                        .content()
                        .at("/metadata/description")
                        .asString())
                .contains("---\ntitle: x\n...");
    }

    @Test
    void aDocumentAfterAnEndMarkerAndADirectiveIsRead() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                %YAML 1.2
                ---
                metadata:
                  name: a
                ...
                %YAML 1.2
                ---
                metadata:
                  name: b
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 1);
        assertThat(result.documents().get(1).positions().nearest("/metadata/name"))
                .contains(new SourcePosition(9, 3));
    }

    @Test
    void unrenderedTemplateSyntaxIsNamedAsSuch() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                {% if cookiecutter.has_api %}
                  annotations:
                    backstage.io/techdocs-ref: dir:.
                {% endif %}
                spec:
                  type: service
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message())
                    .startsWith("Looks like unrendered template syntax at line 5")
                    .doesNotContain("Do not use");
        });
    }

    @Test
    void aMarkdownFenceAtColumnZeroIsExplainedAsTheEndOfTheBlockScalar() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: payments
                  description: |
                    Handles card payments. Run it with:

                ```bash
                make run
                ```
                spec:
                  type: service
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.message())
                    .startsWith("Text at column 0 ends the block scalar started at line 5")
                    .doesNotContain("Do not use");
        });
    }

    @Test
    void anAliasThatExpandsPastTheDocumentLimitIsReportedAtTheAliasAndTheOtherDocumentsAreKept() {
        StringBuilder yaml = new StringBuilder("metadata:\n  name: first\n---\n");
        yaml.append("shared: &blob [");
        for (int i = 0; i < 2_000; i++) {
            yaml.append(i == 0 ? "" : ", ").append("\"").append("x".repeat(300)).append("\"");
        }
        yaml.append("]\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("copy").append(i).append(": *blob\n");
        }
        yaml.append("---\nmetadata:\n  name: last\n");

        ParseResult result = parser.parse("catalog-info.yaml", yaml.toString());

        assertThat(result.documents())
                .extracting(document -> document.content().at("/metadata/name").asString())
                .containsExactly("first", "last");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("more than 3145728 characters once its aliases are expanded");
            // shared (600,000 characters) is on line 4 and copy0 on line 5: the fifth copy, line 9, passes 3 MiB
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.column()).isEqualTo(1);
        });
    }

    @Test
    void theDocumentSizeLimitIsConfigurable() {
        DescriptorParser small = new DescriptorParser(ParserLimits.DEFAULT.withMaxDocumentChars(20));

        assertThat(small.parse("a.yaml", "name: short\n").problems()).isEmpty();
        assertThat(small.parse("b.yaml", "name: short\n---\ndescription: far more than twenty\n")
                        .problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(3));
    }

    @Test
    @Timeout(10)
    void theValueLimitHoldsForTheWholeFile() {
        DescriptorParser small = new DescriptorParser(ParserLimits.DEFAULT.withMaxValues(10));
        String document = "metadata:\n  name: a\n  title: b\n";

        ParseResult result = small.parse("many.yaml", (document + "---\n").repeat(5));

        assertThat(result.documents()).hasSize(2);
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("more than 10 values");
    }

    @Test
    void hintsInALaterDocumentNameTheFilesLines() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                metadata:
                  name: first
                ---
                metadata:
                  name: second
                  description: >-
                    Run it with

                ```
                make run
                ```
                """);

        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).startsWith("Text at column 0 ends the block scalar started at line 6");
        });
    }

    @Test
    void windowsLineEndsSplitLikeUnixOnes() {
        ParseResult result = parser.parse(
                "catalog-info.yaml",
                "metadata:\r\n  name: a\r\n---\r\nmetadata: [\r\n---\r\nmetadata:\r\n  name: c\r\n");

        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isBetween(4, 5));
    }

    @Test
    void aGarbledFileStopsAfterAHundredBrokenDocuments() {
        ParseResult result = parser.parse("garbled.yaml", "a: [\n---\n".repeat(1_000) + "name: last\n");

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).hasSize(101);
        assertThat(result.problems().getLast().message()).startsWith("Reading stopped after 100 documents");
        assertThat(result.problems().getLast().line()).isEqualTo(200);
    }

    @Test
    void anIndentedNextKeyIsNotMistakenForTheEndOfABlockScalar() {
        ParseResult result = parser.parse("catalog-info.yaml", """
                metadata:
                  description: |
                    text
                  name: foo
                ```bash
                """);

        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .doesNotStartWith("Text at column 0")
                .doesNotContain("Do not use");
    }
}
