package dev.socle.catalog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DescriptorParserTest {

    private final DescriptorParser parser = new DescriptorParser();

    private static final String ORG = """
            apiVersion: backstage.io/v1alpha1
            kind: Group
            metadata:
              name: platform
              namespace: acme
            spec:
              type: team
              children: [sre]
            ---
            ---
            # an empty document above is skipped
            apiVersion: backstage.io/v1alpha1
            kind: User
            metadata:
              name: jo
            spec:
              memberOf:
                - platform
                - group:hr/people
            """;

    @Test
    void readsEveryNonEmptyDocumentInOrder() {
        ParseResult result = parser.parse("org.yaml", ORG);
        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
        assertThat(result.documents().get(1).content().at("/spec/memberOf/1").asString())
                .isEqualTo("group:hr/people");
    }

    @Test
    void everyValueKeepsItsOneBasedLineAndColumn() {
        ParsedDocument group = parser.parse("org.yaml", ORG).documents().get(0);
        assertThat(group.positions().exact("/metadata/namespace")).contains(new SourcePosition(5, 3));
        assertThat(group.positions().exact("/spec/children/0")).contains(new SourcePosition(8, 14));
        ParsedDocument user = parser.parse("org.yaml", ORG).documents().get(1);
        assertThat(user.positions().exact("/spec/memberOf/1")).contains(new SourcePosition(19, 7));
    }

    @Test
    void missingValueIsLocatedAtItsNearestParent() {
        ParsedDocument group = parser.parse("org.yaml", ORG).documents().get(0);
        assertThat(group.positions().nearest("/spec/owner")).contains(new SourcePosition(6, 1));
        assertThat(group.positions().nearest("/spec/children/0/name")).contains(new SourcePosition(8, 14));
    }

    @Test
    void scalarsFollowTheCoreSchema() {
        ParsedDocument doc = parser.parse("s.yaml", """
                text: hello
                number: 42
                hex: 0x1F
                big: 123456789012345678901234567890
                decimal: 1.5
                yes: true
                nothing: null
                quoted: "true"
                env: ${HOME}
                date: 2024-01-01
                """).documents().getFirst();
        assertThat(doc.content().get("number").asLong()).isEqualTo(42);
        assertThat(doc.content().get("hex").asLong()).isEqualTo(31);
        assertThat(doc.content().get("big").bigIntegerValue()).hasToString("123456789012345678901234567890");
        assertThat(doc.content().get("decimal").asDouble()).isEqualTo(1.5);
        assertThat(doc.content().get("yes").asBoolean()).isTrue();
        assertThat(doc.content().get("nothing").isNull()).isTrue();
        assertThat(doc.content().get("quoted").isString()).isTrue();
        assertThat(doc.content().get("env").asString()).isEqualTo("${HOME}");
        assertThat(doc.content().get("date").asString()).isEqualTo("2024-01-01");
    }

    @Test
    void nonMappingDocumentIsAProblemAndOthersStillRead() {
        ParseResult result = parser.parse("mixed.yaml", """
                - just
                - a list
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                """);
        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("Document 1").contains("not a mapping");
        });
    }

    @Test
    void duplicateKeysAreRefusedAtTheSecondKey() {
        ParseResult result = parser.parse("dup.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: a
                  name: b
                """);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .isEqualTo(new DescriptorProblem(
                        "dup.yaml", 5, 3, "Duplicate key 'name' (first at line 4); keep only one."));
    }

    @Test
    void syntaxErrorPointsAtTheBrokenLine() {
        ParseResult result = parser.parse("broken.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: "unterminated
                spec: {}
                """);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken.yaml");
            assertThat(problem.line()).isGreaterThanOrEqualTo(4);
            assertThat(problem.message()).startsWith("YAML syntax error");
        });
    }

    @Test
    void documentsBeforeASyntaxErrorAreKept() {
        ParseResult result = parser.parse("partial.yaml", "a: 1\n---\nb: [unclosed\n");
        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).hasSize(1);
    }

    @Test
    void invalidUtf8IsAProblem() {
        ParseResult result = parser.parse("latin1.yaml", new byte[] {'a', ':', ' ', (byte) 0xE9});
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("not valid UTF-8");
    }

    @Test
    void utf8BytesAndByteOrderMarkAreRead() {
        byte[] bytes = "\uFEFFtitle: Café\n".getBytes(StandardCharsets.UTF_8);
        ParseResult result = parser.parse("bom.yaml", bytes);
        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().getFirst().content().get("title").asString())
                .isEqualTo("Café");
    }

    @Test
    void emptyFileHasNoDocumentsAndNoProblems() {
        ParseResult result = parser.parse("empty.yaml", "---\n");
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void keysWithSlashesAreEscapedInPointers() {
        ParsedDocument doc = parser.parse("a.yaml", """
                metadata:
                  annotations:
                    backstage.io/techdocs-ref: dir:.
                """).documents().getFirst();
        assertThat(doc.positions().exact("/metadata/annotations/backstage.io~1techdocs-ref"))
                .contains(new SourcePosition(3, 5));
    }

    @Test
    void documentBreakingARuleIsSkippedAndLaterDocumentsAreStillRead() {
        ParseResult result = parser.parse("three.yaml", "a: 1\n---\nb: 1\nb: 2\n---\nc: 3\n");
        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::line)
                .isEqualTo(4);
    }
}
