package dev.socle.docs;

import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Serves the Markdown pages of {@code docs-site}, packaged under {@code socle/docs} on the classpath. */
@Service
public class DocsService {

    private static final String ROOT = "socle/docs/";
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final Parser parser;
    private final HtmlRenderer renderer;

    DocsService() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
    }

    /** The page at {@code path}; the empty path is the index. */
    public DocPage page(String path) {
        String normalised = path.isBlank() ? "index" : path;
        if (!SAFE_PATH.matcher(normalised).matches()) {
            throw new NotFoundException("There is no documentation page '" + path + "'.");
        }
        Resource resource = resources.getResource("classpath:" + ROOT + normalised + ".md");
        if (!resource.exists()) {
            throw new NotFoundException("There is no documentation page '" + path + "'; see the index at /docs.");
        }
        return render(normalised, read(resource));
    }

    /** Every top-level page, for the table of contents, the index first. */
    public List<DocPage> contents() {
        try {
            Resource[] found = resources.getResources("classpath*:" + ROOT + "*.md");
            return java.util.Arrays.stream(found)
                    .map(resource -> render(pathOf(resource), read(resource)))
                    .sorted(Comparator.comparing((DocPage page) -> !page.path().equals("index"))
                            .thenComparing(DocPage::title))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the documentation pages", e);
        }
    }

    private DocPage render(String path, String markdown) {
        Node document = parser.parse(markdown);
        String title = firstHeading(document).orElse(path);
        return new DocPage(path, title, renderer.render(document));
    }

    private static Optional<String> firstHeading(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getFirstChild() instanceof Text text) {
                return Optional.of(text.getLiteral());
            }
        }
        return Optional.empty();
    }

    private static String pathOf(Resource resource) {
        String name = Optional.ofNullable(resource.getFilename()).orElse("index.md");
        return name.substring(0, name.length() - ".md".length());
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read documentation page " + resource.getDescription(), e);
        }
    }
}
