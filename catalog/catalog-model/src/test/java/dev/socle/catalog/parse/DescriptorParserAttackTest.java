package dev.socle.catalog.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.DescriptorProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DescriptorParserAttackTest {

    private final DescriptorParser parser = new DescriptorParser();

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedWithoutExpanding() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        ParseResult result = parser.parse("bomb.yaml", bomb);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("aliases");
            // the 51st alias to a collection is the sixth on line 7
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.column()).isGreaterThan(1);
        });
    }

    @Test
    @Timeout(10)
    void smallAliasBombUnderTheComposerLimitIsStillStoppedByExpansionCount() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x]\n");
        for (int level = 1; level <= 24; level++) {
            bomb.append("l")
                    .append(level)
                    .append(": &l")
                    .append(level)
                    .append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        ParseResult result = parser.parse("bomb2.yaml", bomb.toString());
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("billion laughs");
    }

    @Test
    void aFewAliasesAreFine() {
        ParseResult result = parser.parse("ok.yaml", """
                base: &tags [java, spring]
                one: *tags
                two: *tags
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().getFirst().content().at("/two/1").asString())
                .isEqualTo("spring");
    }

    @Test
    void recursiveAliasIsRefused() {
        ParseResult result = parser.parse("loop.yaml", "a: &a [1, *a]\n");
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    void fiftyMegabyteDocumentIsRefusedForItsSizeBeforeItIsParsed() {
        // Unbalanced brackets: parsing would report a syntax error, so the size message alone shows it never was.
        String huge = "description: [" + "x".repeat(50 * 1024 * 1024) + "\n";
        ParseResult result = parser.parse("huge.yaml", huge);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("huge.yaml");
            assertThat(problem.message())
                    .isEqualTo("The file is larger than 3145728 characters, the limit for one "
                            + "descriptor; split it into several files.");
        });
    }

    @Test
    void fiftyMegabyteFileIsRefusedForItsSizeBeforeItIsDecoded() {
        // Not UTF-8 at all: decoding would report that, so the size message alone shows the bytes were never read.
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 0xFF);
        ParseResult result = parser.parse("huge.yaml", huge);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .startsWith("The file is larger than 3145728 characters");
    }

    @Test
    void fileJustOverAConfiguredLimitIsRefusedAndJustUnderIsRead() {
        DescriptorParser small = new DescriptorParser(ParserLimits.DEFAULT.withMaxCodePoints(20));
        assertThat(small.parse("a.yaml", "name: twelve-chars").problems()).isEmpty();
        assertThat(small.parse("b.yaml", "name: twenty-one-chars!").problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("larger than 20");
        assertThat(small.parse("c.yaml", "name: twenty-one-chars!".getBytes()).problems())
                .hasSize(1);
    }

    @Test
    @Timeout(10)
    void deepNestingIsRefusedAtTheLevelThatBreaksTheLimit() {
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        ParseResult result = parser.parse("deep.yaml", deep);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("nested more than 64 levels");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(4 + 63);
        });
    }

    @Test
    void nestingAtTheLimitIsAccepted() {
        String nested = "[".repeat(63) + "]".repeat(63);
        ParseResult result = parser.parse("ok.yaml", "a: " + nested + "\n");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void documentsAroundATooDeepOneAreKept() {
        String yaml = "a: 1\n---\nb: " + "[".repeat(70) + "]".repeat(70) + "\n---\nc: 3\n";
        ParseResult result = parser.parse("mixed.yaml", yaml);
        assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::line)
                .isEqualTo(3);
    }

    @Test
    void javaTypeTagsAreRefused() {
        ParseResult result = parser.parse("evil.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: x
                spec:
                  owner: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:9/"]]]]
                """);
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message())
                    .contains("!!javax.script.ScriptEngineManager")
                    .contains("not allowed");
        });
    }

    @Test
    void localAndBinaryTagsAreRefused() {
        assertThat(parser.parse("t.yaml", "a: !custom value\n").problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("Tag !custom");
        assertThat(parser.parse("b.yaml", "a: !!binary aGVsbG8=\n").problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("!!binary");
        assertThat(parser.parse("s.yaml", "a: !!set {x, y}\n").problems()).hasSize(1);
    }

    @Test
    void infinityCannotBecomeJson() {
        assertThat(parser.parse("inf.yaml", "a: .inf\n").problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("quote it");
    }

    @Test
    void complexKeysAreRefused() {
        assertThat(parser.parse("k.yaml", "? [a, b]\n: value\n").problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("mapping key must be plain text");
    }
}
