package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceSnapshotTest {

    private final List<String> requested = new ArrayList<>();
    private final Map<String, String> tree = Map.of(
            "services/api/openapi.yaml", "openapi: 3.1.0",
            "apis/common.yaml", "common: true");

    private SourceSnapshot snapshot() {
        return new SourceSnapshot(
                "abc", List.of(file("services/api/catalog-info.yaml", "kind: API")), List.of(), path -> {
                    requested.add(path);
                    return Optional.ofNullable(tree.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8));
                });
    }

    private static SourceFile file(String path, String content) {
        return new SourceFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            ./openapi.yaml,              services/api/openapi.yaml
            openapi.yaml,                services/api/openapi.yaml
            ../../apis/common.yaml,    apis/common.yaml
            ./a/../openapi.yaml,         services/api/openapi.yaml
            """)
    void relativeReferencesResolveAgainstTheDescriptorsFolder(String reference, String resolved) {
        Optional<byte[]> content = snapshot().readRelative("services/api/catalog-info.yaml", reference);

        assertThat(requested).containsExactly(resolved);
        assertThat(content).isPresent();
    }

    @Test
    void missingFileIsEmpty() {
        assertThat(snapshot().readRelative("services/api/catalog-info.yaml", "./missing.yaml"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "../../../etc/passwd", "./../../x", "a/../../../x"})
    void referencesLeavingTheRootAreNotAllowed(String reference) {
        assertThatThrownBy(() -> snapshot().readRelative("services/catalog-info.yaml", reference))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining(reference)
                .hasMessageContaining("outside the location's root");
        assertThat(requested).isEmpty();
    }

    @Test
    void twoLevelsUpFromARootDescriptorLeavesTheRoot() {
        assertThatThrownBy(() -> snapshot().readRelative("catalog-info.yaml", "../../etc/passwd"))
                .isInstanceOf(NotAllowedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "http://127.0.0.1:9/x", "file:///etc/passwd", "C:/Windows/win.ini", "~/x"})
    void absolutePathsAndUrlsAreInvalid(String reference) {
        assertThatThrownBy(() -> snapshot().readRelative("services/api/catalog-info.yaml", reference))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reference);
        assertThat(requested).isEmpty();
    }

    @Test
    void contentHashDependsOnPathsAndContentNotOrder() {
        SourceSnapshot ab =
                new SourceSnapshot(null, List.of(file("a", "1"), file("b", "2")), List.of(), p -> Optional.empty());
        SourceSnapshot ba =
                new SourceSnapshot(null, List.of(file("b", "2"), file("a", "1")), List.of(), p -> Optional.empty());
        SourceSnapshot changed =
                new SourceSnapshot(null, List.of(file("a", "1"), file("b", "3")), List.of(), p -> Optional.empty());
        SourceSnapshot moved =
                new SourceSnapshot(null, List.of(file("a", "1"), file("c", "2")), List.of(), p -> Optional.empty());

        assertThat(ab.contentHash()).isEqualTo(ba.contentHash()).hasSize(64);
        assertThat(changed.contentHash()).isNotEqualTo(ab.contentHash());
        assertThat(moved.contentHash()).isNotEqualTo(ab.contentHash());
        assertThat(ab.version())
                .isEqualTo("sha256:" + ab.contentHash().substring(0, 57))
                .hasSize(64);
        assertThat(snapshot().version()).isEqualTo("abc");
    }

    @Test
    void everyFurtherFileReadCountsTowardsTheVersionOfLocalFiles() {
        java.util.Map<String, String> files = new java.util.HashMap<>(tree);
        SourceSnapshot before = local(files);
        String selectedOnly = before.version();
        before.readRelative("services/api/catalog-info.yaml", "./openapi.yaml");
        String afterReading = before.version();

        files.put("services/api/openapi.yaml", "openapi: 3.1.1");
        SourceSnapshot changed = local(files);

        assertThat(afterReading).isNotEqualTo(selectedOnly);
        assertThat(before.furtherPathsRead()).containsExactly("services/api/openapi.yaml");
        assertThat(local(tree).versionReading(java.util.Set.of("services/api/openapi.yaml")))
                .isEqualTo(afterReading);
        assertThat(changed.versionReading(before.furtherPathsRead())).isNotEqualTo(afterReading);
        assertThat(changed.version()).as("nothing read yet").isEqualTo(selectedOnly);
    }

    private static SourceSnapshot local(Map<String, String> files) {
        return new SourceSnapshot(
                null,
                List.of(file("services/api/catalog-info.yaml", "kind: API")),
                List.of(),
                path -> Optional.ofNullable(files.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sourceFilesCompareByContent() {
        assertThat(file("a", "x")).isEqualTo(file("a", "x")).isNotEqualTo(file("a", "y"));
    }
}
