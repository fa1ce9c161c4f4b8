package dev.socle.catalog.parse;

import dev.socle.catalog.model.DescriptorProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML streams into JSON with positions, under {@link ParserLimits}: core schema only (no custom types),
 * duplicate keys refused, alias expansion, nesting and size bounded. Never throws for bad input: every failure
 * becomes a {@link DescriptorProblem}.
 */
public final class SafeYamlReader {

    // Immutable once built, and costly to build for every file.
    private static final CoreSchema CORE_SCHEMA = new CoreSchema();

    /** Documents of one file that may fail before reading stops, so that a garbled file stays cheap to report. */
    static final int MAX_PROBLEMS = 100;

    private final ParserLimits limits;

    public SafeYamlReader(ParserLimits limits) {
        this.limits = limits;
    }

    /** Decodes UTF-8 bytes (refusing invalid encodings) and reads them. */
    public YamlReadResult read(String file, byte[] content) {
        if (content.length / 4 > limits.maxCodePoints()) {
            return tooLarge(file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return failed(DescriptorProblem.inFile(file, "The file is not valid UTF-8; save it as UTF-8."));
        }
        return read(file, text);
    }

    public YamlReadResult read(String file, String content) {
        if (content.length() / 2 > limits.maxCodePoints()
                || content.codePointCount(0, content.length()) > limits.maxCodePoints()) {
            return tooLarge(file);
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        LoadSettings settings = settings(file);
        List<YamlDocument> documents = new ArrayList<>();
        List<DescriptorProblem> problems = new ArrayList<>();
        if (readWhole(file, text, settings, documents, problems)) {
            return new YamlReadResult(documents, problems);
        }
        documents.clear();
        problems.clear();
        ValueBudget budget = new ValueBudget(limits.maxValues());
        int index = 0;
        for (YamlStreamSplitter.Part part : YamlStreamSplitter.split(text)) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new DescriptorProblem(
                        file,
                        part.firstLine() + 1,
                        1,
                        "Reading stopped after " + MAX_PROBLEMS + " documents that could not be read; the"
                                + " documents from this line on were not read. Fix the problems reported and"
                                + " check the file with a YAML linter."));
                break;
            }
            index = readPart(file, part, settings, budget, index, documents, problems);
            if (budget.exhausted()) {
                break;
            }
        }
        return new YamlReadResult(documents, problems);
    }

    /**
     * Reads the whole stream with one parser: the common case, as fast as it gets. Returns false when the stream
     * itself fails (a syntax error, a limit of the parser) or the file's value budget runs out; the file is then read
     * again part by part, so that the failure costs only its own document.
     */
    private boolean readWhole(
            String file,
            String text,
            LoadSettings settings,
            List<YamlDocument> documents,
            List<DescriptorProblem> problems) {
        ValueBudget budget = new ValueBudget(limits.maxValues());
        try {
            Iterator<Node> nodes = new Composer(settings, new DepthLimitedParser(settings, text, limits.maxDepth()));
            for (int index = 0; nodes.hasNext(); index++) {
                Node root = nodes.next();
                try {
                    convert(index, root, 0, budget).ifPresent(documents::add);
                } catch (YamlReadFailure failure) {
                    problems.add(problem(file, failure.getMessage(), failure.mark(), 0));
                }
                if (budget.exhausted()) {
                    return false;
                }
            }
            return true;
        } catch (YamlReadFailure | YamlEngineException | IllegalArgumentException | IllegalStateException failed) {
            return false;
        }
    }

    /**
     * Reads one part of the stream (normally one document); a failure costs that part only. Returns the index of the
     * next document.
     */
    private int readPart(
            String file,
            YamlStreamSplitter.Part part,
            LoadSettings settings,
            ValueBudget budget,
            int firstIndex,
            List<YamlDocument> documents,
            List<DescriptorProblem> problems) {
        int index = firstIndex;
        int offset = part.firstLine();
        DepthLimitedParser parser = new DepthLimitedParser(settings, part.text(), limits.maxDepth());
        try {
            Iterator<Node> nodes = new Composer(settings, parser);
            while (nodes.hasNext()) {
                Node root = nodes.next();
                try {
                    convert(index, root, offset, budget).ifPresent(documents::add);
                } catch (YamlReadFailure failure) {
                    problems.add(problem(file, failure.getMessage(), failure.mark(), offset));
                }
                index++;
            }
            return index;
        } catch (YamlReadFailure failure) {
            problems.add(problem(file, failure.getMessage(), failure.mark(), offset));
        } catch (MarkedYamlEngineException syntax) {
            problems.add(syntaxProblem(file, part.text(), syntax, offset));
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException other) {
            problems.add(problem(file, describe(String.valueOf(other.getMessage())), parser.lastMark(), offset));
        }
        return index + 1;
    }

    private Optional<YamlDocument> convert(int index, Node root, int lineOffset, ValueBudget budget) {
        if (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        YamlNodeConverter converter = new YamlNodeConverter(limits, lineOffset, budget);
        return Optional.of(new YamlDocument(index, converter.convert(root), converter.positions()));
    }

    private LoadSettings settings(String file) {
        return LoadSettings.builder()
                .setLabel(file)
                .setSchema(CORE_SCHEMA)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setCodePointLimit(limits.maxCodePoints())
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    private YamlReadResult tooLarge(String file) {
        return failed(DescriptorProblem.inFile(
                file,
                "The file is larger than " + limits.maxCodePoints()
                        + " characters, the limit for one descriptor; split it into several files."));
    }

    private static YamlReadResult failed(DescriptorProblem problem) {
        return new YamlReadResult(List.of(), List.of(problem));
    }

    /** @param part the text of the document's part of the file, whose first line is {@code lineOffset} */
    private static DescriptorProblem syntaxProblem(
            String file, String part, MarkedYamlEngineException syntax, int lineOffset) {
        List<Integer> lines = new ArrayList<>();
        syntax.getProblemMark().ifPresent(mark -> lines.add(mark.getLine()));
        syntax.getContextMark().ifPresent(mark -> lines.add(mark.getLine()));
        Optional<SyntaxErrorHints.Hint> hint = new SyntaxErrorHints(part.lines().toList(), lineOffset).explain(lines);
        if (hint.isPresent()) {
            return new DescriptorProblem(
                    file,
                    hint.get().line() + 1,
                    hint.get().column() + 1,
                    hint.get().message());
        }
        return problem(file, describe(syntax), syntax.getProblemMark(), lineOffset);
    }

    private static String describe(MarkedYamlEngineException syntax) {
        String problem = SyntaxErrorHints.withoutMisleadingAdvice(String.valueOf(syntax.getProblem()));
        String context = syntax.getContext();
        String what = context == null || context.isBlank() ? problem : context + ", " + problem;
        return "YAML syntax error: " + what + "; fix the indentation or quoting here.";
    }

    private static String describe(String message) {
        if (message.contains("aliases")) {
            return "Too many aliases to mappings or sequences (" + message
                    + ", a 'billion laughs' pattern); write the values out instead of aliasing them.";
        }
        if (message.contains("Non scalar key")) {
            return "A mapping key must be plain text, not a mapping or sequence; write the key as a string.";
        }
        return "The YAML could not be read: " + message + "; check the file with a YAML linter.";
    }

    private static DescriptorProblem problem(String file, String message, Optional<Mark> mark, int lineOffset) {
        return mark.map(at -> new DescriptorProblem(file, at.getLine() + lineOffset + 1, at.getColumn() + 1, message))
                .orElseGet(() -> new DescriptorProblem(file, lineOffset + 1, 1, message));
    }
}
