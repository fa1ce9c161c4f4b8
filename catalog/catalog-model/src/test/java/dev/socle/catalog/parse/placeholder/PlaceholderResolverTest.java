package dev.socle.catalog.parse.placeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.DescriptorParser;
import dev.socle.catalog.parse.ParsedDocument;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholderResolverTest {

    @TempDir
    Path root;

    private final PlaceholderResolver resolver = new PlaceholderResolver();

    @BeforeEach
    void writeFiles() throws IOException {
        Files.createDirectories(root.resolve("services/orders/api"));
        Files.writeString(root.resolve("services/orders/api/openapi.yaml"), "openapi: 3.0.0\ninfo:\n  title: Orders\n");
        Files.writeString(root.resolve("services/orders/extra.json"), "{\"tier\": \"gold\", \"replicas\": 3}");
        Files.writeString(root.resolve("services/links.yaml"), "links:\n  - url: https://wiki.example/orders\n");
        Files.writeString(root.resolve("services/bad.json"), "{\"a\": 1, \"a\": 2}");
        Files.writeString(root.resolve("services/two.yaml"), "a: 1\n---\nb: 2\n");
        Files.writeString(root.resolve("services/evil.yaml"), "x: !!java.io.File /etc/passwd\n");
    }

    private PlaceholderResult resolve(String yaml) {
        ParsedDocument document = new DescriptorParser()
                .parse("services/orders/catalog-info.yaml", yaml)
                .documents()
                .getFirst();
        return resolver.resolve(document, "services/orders/catalog-info.yaml", DescriptorSource.directory(root));
    }

    @Test
    void textInlinesTheFileRelativeToTheDescriptor() {
        PlaceholderResult result = resolve("spec:\n  definition:\n    $text: ./api/openapi.yaml\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.document().content().at("/spec/definition").asString())
                .isEqualTo("openapi: 3.0.0\ninfo:\n  title: Orders\n");
    }

    @Test
    void jsonAndYamlAreParsedAndInlinedAnywhere() {
        PlaceholderResult result = resolve("""
                metadata:
                  labels: {$json: extra.json}
                spec:
                  items:
                    - $yaml: ../links.yaml
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.document().content().at("/metadata/labels/tier").asString())
                .isEqualTo("gold");
        assertThat(result.document().content().at("/spec/items/0/links/0/url").asString())
                .isEqualTo("https://wiki.example/orders");
    }

    @Test
    void objectsWithMoreThanOneKeyAreLeftAlone() {
        PlaceholderResult result = resolve("spec:\n  x: {$text: a.txt, other: 1}\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.document().content().at("/spec/x/$text").asString()).isEqualTo("a.txt");
    }

    @Test
    void pathEscapingTheLocationRootIsRefusedAtThePlaceholder() {
        PlaceholderResult result = resolve("spec:\n  definition:\n    $text: ../../../etc/passwd\n");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("$text at spec.definition").contains("leaves the location's root");
        });
        assertThat(result.document().content().at("/spec/definition/$text").asString())
                .isEqualTo("../../../etc/passwd");
    }

    @Test
    void dotDotInsideTheRootIsFineButTwoLevelsUpFromAShallowDescriptorIsNot() {
        ParsedDocument top = new DescriptorParser()
                .parse("catalog-info.yaml", "d: {$text: ../../etc/passwd}\n")
                .documents()
                .getFirst();
        PlaceholderResult result = resolver.resolve(top, "catalog-info.yaml", DescriptorSource.directory(root));
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("leaves the location's root");
    }

    @Test
    void anHttpUrlIsReadByASourceThatReadsUrlsAndOtherSchemesStayRefused() {
        List<String> urls = new ArrayList<>();
        DescriptorSource readsUrls = new DescriptorSource() {
            @Override
            public byte[] read(String path, int maxBytes) {
                throw new DescriptorSourceException("no file " + path);
            }

            @Override
            public byte[] readUrl(String url, int maxBytes) {
                urls.add(url);
                return "openapi: 3.1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        };
        ParsedDocument doc = new DescriptorParser()
                .parse(
                        "c.yaml",
                        "d: {$text: 'https://raw.example.com/o/r/main/openapi.yaml'}\n"
                                + "e: {$text: 'file:///etc/passwd'}\n")
                .documents()
                .getFirst();

        PlaceholderResult result = resolver.resolve(doc, "c.yaml", readsUrls);

        assertThat(urls).containsExactly("https://raw.example.com/o/r/main/openapi.yaml");
        assertThat(result.document().content().path("d").asString()).isEqualTo("openapi: 3.1.0\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("is a URL", "file:///etc/passwd");
    }

    @Test
    void urlsAreRefusedWithoutBeingFetched() {
        List<String> reads = new ArrayList<>();
        DescriptorSource recording = (path, max) -> {
            reads.add(path);
            return new byte[0];
        };
        for (String url : List.of(
                "http://127.0.0.1:9/x",
                "https://example.com/a.yaml",
                "file:///etc/passwd",
                "//evil.example/x",
                "C:/windows/win.ini")) {
            ParsedDocument doc = new DescriptorParser()
                    .parse("c.yaml", "d: {$text: '" + url + "'}\n")
                    .documents()
                    .getFirst();
            PlaceholderResult result = resolver.resolve(doc, "c.yaml", recording);
            assertThat(result.problems())
                    .as(url)
                    .singleElement()
                    .extracting(DescriptorProblem::message)
                    .asString()
                    .contains("is a URL");
        }
        assertThat(reads).isEmpty();
    }

    @Test
    void absolutePathsAreRefused() {
        PlaceholderResult result = resolve("d: {$text: /etc/passwd}\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("absolute path");
    }

    @Test
    void missingFileIsAProblemNamingThePath() {
        PlaceholderResult result = resolve("d: {$text: ./nope.md}\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("services/orders/nope.md")
                .contains("does not exist");
    }

    @Test
    void contentOverTheSizeLimitIsRefused() throws IOException {
        Files.writeString(root.resolve("services/orders/big.txt"), "x".repeat(2000));
        PlaceholderResolver small = new PlaceholderResolver(ParserLimits.DEFAULT, 1000);
        ParsedDocument doc = new DescriptorParser()
                .parse("c.yaml", "d: {$text: big.txt}\n")
                .documents()
                .getFirst();
        PlaceholderResult result =
                small.resolve(doc, "services/orders/catalog-info.yaml", DescriptorSource.directory(root));
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("larger than 1000 bytes");
    }

    @Test
    void sourceThatIgnoresTheLimitIsStillCapped() {
        PlaceholderResolver small = new PlaceholderResolver(ParserLimits.DEFAULT, 10);
        ParsedDocument doc = new DescriptorParser()
                .parse("c.yaml", "d: {$text: a.txt}\n")
                .documents()
                .getFirst();
        PlaceholderResult result = small.resolve(doc, "c.yaml", (path, max) -> new byte[100]);
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("more than the 10 allowed");
    }

    @Test
    void substitutedYamlIsReadUnderTheSameSafeRules() {
        PlaceholderResult evil = resolve("d: {$yaml: ../evil.yaml}\n");
        assertThat(evil.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("!!java.io.File");
        PlaceholderResult two = resolve("d: {$yaml: ../two.yaml}\n");
        assertThat(two.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("exactly one");
    }

    @Test
    void invalidJsonIsAProblem() {
        PlaceholderResult result = resolve("d: {$json: ../bad.json}\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("not valid JSON");
    }

    @Test
    void nonStringTargetIsAProblem() {
        PlaceholderResult result = resolve("d: {$text: [a, b]}\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("needs a path as text");
    }

    @Test
    void symbolicLinkOutOfTheRootIsRefused(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "s3cr3t");
        Files.createSymbolicLink(root.resolve("services/orders/link.txt"), outside.resolve("secret.txt"));
        PlaceholderResult result = resolve("d: {$text: link.txt}\n");
        assertThat(result.problems())
                .singleElement()
                .extracting(DescriptorProblem::message)
                .asString()
                .contains("symbolic link");
    }

    @Test
    void refusalsOfTheSourceItselfBecomeAProblemAtThePlaceholder() {
        DescriptorSource refusing = (path, max) -> {
            if (path.endsWith("link.yaml")) {
                throw new NotAllowedException("File " + path + " is a symbolic link; reference the target file.");
            }
            throw new InvalidInputException("File " + path + " is 5000000 bytes, more than the 3000000 allowed.");
        };
        ParsedDocument doc =
                new DescriptorParser().parse("c.yaml", """
                spec:
                  a: {$text: ./link.yaml}
                  b:
                    $json: ./big.json
                """).documents().getFirst();
        PlaceholderResult result = resolver.resolve(doc, "services/c.yaml", refusing);
        assertThat(result.problems())
                .extracting(DescriptorProblem::toString)
                .containsExactly(
                        "c.yaml:2:7: $text at spec.a: File services/link.yaml is a symbolic link; reference the target file.",
                        "c.yaml:4:5: $json at spec.b: File services/big.json is 5000000 bytes, more than the 3000000 "
                                + "allowed.");
    }

    @Test
    void aSourceThatCannotBeReadAtAllFailsTheRead() {
        DescriptorSource broken = (path, max) -> {
            throw new IllegalStateException("git cache is corrupt");
        };
        ParsedDocument doc = new DescriptorParser()
                .parse("c.yaml", "d: {$text: a.txt}\n")
                .documents()
                .getFirst();
        assertThatThrownBy(() -> resolver.resolve(doc, "c.yaml", broken)).hasMessage("git cache is corrupt");
    }
}
