package dev.socle.catalog.parse;

import dev.socle.catalog.model.DescriptorProblem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a multi-document descriptor file ({@code catalog-info.yaml}) safely into JSON documents with positions.
 * Empty documents are skipped; a document that is not a mapping is a problem. Never throws for bad input.
 */
public final class DescriptorParser {

    private final SafeYamlReader reader;

    public DescriptorParser() {
        this(ParserLimits.DEFAULT);
    }

    public DescriptorParser(ParserLimits limits) {
        this.reader = new SafeYamlReader(limits);
    }

    public ParseResult parse(String file, byte[] content) {
        return toDescriptors(file, reader.read(file, content));
    }

    public ParseResult parse(String file, String content) {
        return toDescriptors(file, reader.read(file, content));
    }

    private static ParseResult toDescriptors(String file, YamlReadResult yaml) {
        List<ParsedDocument> documents = new ArrayList<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        for (YamlDocument document : yaml.documents()) {
            if (document.content() instanceof ObjectNode object) {
                documents.add(new ParsedDocument(file, document.index(), object, document.positions()));
            } else {
                SourcePosition at = document.positions().nearest("").orElse(new SourcePosition(1, 1));
                problems.add(new DescriptorProblem(
                        file,
                        at.line(),
                        at.column(),
                        "Document " + (document.index() + 1)
                                + " is a "
                                + document.content().getNodeType().name().toLowerCase()
                                + ", not a mapping; an entity starts with apiVersion:, kind: and metadata:."));
            }
        }
        problems.addAll(yaml.problems());
        return new ParseResult(documents, problems);
    }
}
