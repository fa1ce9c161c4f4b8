package dev.socle.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArchitectureDocsTest {

    final DocsService docs = new DocsService();

    @Test
    void theArchitecturePageIsListedAndDrawsItsDiagramWithoutScripts() {
        assertThat(docs.contents()).extracting(DocPage::path).contains("architecture", "decisions");

        DocPage architecture = docs.page("architecture");

        assertThat(architecture.title()).isEqualTo("Architecture");
        assertThat(architecture.html())
                .contains("<pre><code>")
                .contains("SKIP")
                .contains("index feed")
                .doesNotContain("<script");
    }

    @Test
    void everyDecisionRecordTheIndexListsIsAPageWithContextDecisionAndConsequences() {
        List<String> records = links(docs.page("decisions").html()).stream()
                .filter(path -> path.startsWith("decisions/"))
                .toList();

        assertThat(records).hasSizeGreaterThanOrEqualTo(4);
        assertThat(records)
                .allSatisfy(path -> assertThat(docs.page(path).html())
                        .contains("<strong>Context.</strong>")
                        .contains("<strong>Decision.</strong>")
                        .contains("<strong>Consequences.</strong>"));
    }

    @Test
    void theArchitecturePageLinksToTheDecisionsWhoseLinksAllLeadToPages() {
        assertThat(links(docs.page("architecture").html())).contains("decisions");
        for (String path : links(docs.page("decisions").html())) {
            assertThat(docs.page(path).path()).isEqualTo(path);
            if (path.startsWith("decisions/")) {
                for (String linked : links(docs.page(path).html())) {
                    assertThat(docs.page(linked).path())
                            .as("linked from " + path)
                            .isEqualTo(linked);
                }
            }
        }
    }

    private static List<String> links(String html) {
        Matcher m = Pattern.compile("href=\"/docs/([a-z0-9/-]+)\"").matcher(html);
        return m.results().map(result -> result.group(1)).distinct().toList();
    }
}
