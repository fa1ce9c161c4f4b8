package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathSelectorTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(textBlock = """
            **/catalog-info.yaml, catalog-info.yaml,            true
            **/catalog-info.yaml, a/catalog-info.yaml,          true
            **/catalog-info.yaml, a/b/c/catalog-info.yaml,      true
            **/catalog-info.yaml, a/catalog-info.yaml.bak,      false
            **/catalog-info.yaml, a/xcatalog-info.yaml,         false
            services/*/catalog-info.yaml, services/api/catalog-info.yaml, true
            services/*/catalog-info.yaml, services/a/b/catalog-info.yaml, false
            services/**,          services/a/b.yaml,            true
            *.yaml,               a.yaml,                       true
            *.yaml,               dir/a.yaml,                   false
            catalog-?.yaml,       catalog-a.yaml,               true
            catalog-info.yaml,    catalog-info.yaml,            true
            catalog-info.yaml,    other/catalog-info.yaml,      false
            services,             services/api/catalog-info.yaml, true
            services,             services/api/catalog-info.yml,  true
            services,             services/api/openapi.yaml,    false
            services,             services/README.md,           false
            services,             services-old/catalog-info.yaml, false
            docs/api.yaml,        docs/api.yaml,                true
            a.b,                  aXb,                          false
            '',                   catalog-info.yaml,            true
            '',                   a/b/catalog-info.yml,         true
            '',                   anything/at/all.yaml,         false
            services/**,          services/a/README.md,         true
            """)
    void aFileSelectsItselfAFolderItsDescriptorsAndAGlobWhatItMatches(String pattern, String path, boolean expected) {
        assertThat(new PathSelector(pattern).matches(path)).isEqualTo(expected);
    }

    @Test
    void literalPrefixIsTheFolderBeforeTheFirstWildcard() {
        assertThat(new PathSelector("services/*/catalog-info.yaml").literalPrefix())
                .isEqualTo("services");
        assertThat(new PathSelector("**/catalog-info.yaml").literalPrefix()).isEmpty();
        assertThat(new PathSelector("docs/api.yaml").literalPrefix()).isEqualTo("docs/api.yaml");
    }

    @Test
    void ofDropsLeadingDotSlashAndTrailingSlash() {
        assertThat(PathSelector.of("./services/").pattern()).isEqualTo("services");
        assertThat(PathSelector.of("/catalog-info.yaml").pattern()).isEqualTo("catalog-info.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/../../b", "a//b", "a/./b", "a\\b"})
    void pathsWithDotSegmentsAreInvalid(String pattern) {
        assertThatThrownBy(() -> PathSelector.of(pattern))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(pattern.replaceFirst("^\\./", ""));
    }
}
