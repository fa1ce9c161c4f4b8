package dev.socle.catalog.parse.placeholder;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.DescriptorPositions;
import dev.socle.catalog.parse.ParsedDocument;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.catalog.parse.SourcePosition;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import dev.socle.plugin.NotFoundException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces Backstage placeholders anywhere in a document: an object with exactly one key, {@code $text},
 * {@code $json} or {@code $yaml}, whose value is a path relative to the descriptor or an {@code http(s)} URL.
 * {@code $text} inlines the file as a string; {@code $json} and {@code $yaml} parse it (safely, under the parser
 * limits) and inline the value. URLs are read by {@link DescriptorSource#readUrl}, which refuses them unless the
 * source reads URLs; other schemes, absolute paths and paths that leave the location root are refused. Substituted
 * content is not searched for further placeholders.
 */
public final class PlaceholderResolver {

    /** Largest file a placeholder may inline by default: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private static final Set<String> KEYS = Set.of("$text", "$json", "$yaml");

    private final PlaceholderContent content;
    private final int maxBytes;

    public PlaceholderResolver() {
        this(ParserLimits.DEFAULT, DEFAULT_MAX_BYTES);
    }

    public PlaceholderResolver(ParserLimits limits, int maxBytes) {
        this.content = new PlaceholderContent(limits);
        this.maxBytes = maxBytes;
    }

    /**
     * @param document the parsed descriptor document
     * @param descriptorPath the descriptor's path relative to the location root, e.g. {@code services/a/catalog-info.yaml}
     * @param source reads files of the same location
     */
    public PlaceholderResult resolve(ParsedDocument document, String descriptorPath, DescriptorSource source) {
        List<DescriptorProblem> problems = new ArrayList<>();
        Set<String> unresolved = new HashSet<>();
        JsonNode resolved =
                walk(document.content(), "", new Context(document, descriptorPath, source, problems, unresolved));
        return new PlaceholderResult(document.withContent((ObjectNode) resolved), problems, unresolved);
    }

    private record Context(
            ParsedDocument document,
            String descriptorPath,
            DescriptorSource source,
            List<DescriptorProblem> problems,
            Set<String> unresolved) {}

    private JsonNode walk(JsonNode node, String pointer, Context context) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 1) {
                String key = object.propertyNames().iterator().next();
                if (KEYS.contains(key)) {
                    return substitute(object, pointer, context);
                }
                if (key.startsWith("$")) {
                    unknown(key, pointer, context);
                }
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                entry.setValue(walk(entry.getValue(), pointer + DescriptorPositions.segment(entry.getKey()), context));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i), pointer + "/" + i, context));
            }
        }
        return node;
    }

    private JsonNode substitute(ObjectNode placeholder, String pointer, Context context) {
        String key = placeholder.propertyNames().iterator().next();
        String keyPointer = pointer + DescriptorPositions.segment(key);
        JsonNode value = placeholder.get(key);
        try {
            if (!value.isString()) {
                throw new PlaceholderRefusal("needs a path as text, e.g. " + key + ": ./openapi.yaml");
            }
            String target = value.asString();
            boolean url = isHttpUrl(target);
            String path = url ? target : PlaceholderPath.resolve(context.descriptorPath(), target);
            byte[] bytes = url
                    ? context.source().readUrl(target, maxBytes)
                    : context.source().read(path, maxBytes);
            if (bytes.length > maxBytes) {
                throw new PlaceholderRefusal("reads " + bytes.length + " bytes from " + path + ", more than the "
                        + maxBytes + " allowed; reference a smaller file");
            }
            String text = utf8(bytes, path);
            return switch (key) {
                case "$text" -> placeholder.stringNode(text);
                case "$json" -> content.json(text, path);
                default -> content.yaml(text, path);
            };
        } catch (UrlNotFetchedException notFetched) {
            DescriptorProblem at = problem(
                    context,
                    keyPointer,
                    key + " at " + readable(pointer) + " names " + value.asString() + ", which is "
                            + notFetched.getMessage() + ".");
            context.problems().add(DescriptorProblem.warning(at.file(), at.line(), at.column(), at.message()));
            context.unresolved().add(pointer);
            return placeholder;
        } catch (PlaceholderRefusal refused) {
            context.problems()
                    .add(problem(
                            context, keyPointer, key + " at " + readable(pointer) + " " + refused.getMessage() + "."));
            context.unresolved().add(pointer);
            return placeholder;
        } catch (InvalidInputException | NotAllowedException | NotFoundException refusedBySource) {
            // The source's own refusals (a missing file, a symbolic link, a file over its size limit) concern this
            // placeholder only; other failures (the source cannot be read at all) fail the whole read.
            context.problems()
                    .add(problem(
                            context,
                            keyPointer,
                            key + " at " + readable(pointer) + ": " + refusedBySource.getMessage()));
            context.unresolved().add(pointer);
            return placeholder;
        }
    }

    private static boolean isHttpUrl(String target) {
        String lower = target.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /**
     * A one-key object whose key starts with {@code $} looks like a placeholder Socle does not know (Backstage's
     * OpenAPI module adds {@code $openapi} and {@code $asyncapi}). Like Backstage without that module, the value is
     * kept as written, with a warning saying which placeholders are supported; as an API's {@code spec.definition},
     * which must be text, it is an error.
     */
    private static void unknown(String key, String pointer, Context context) {
        String field = readable(pointer);
        boolean definition = field.equals("spec.definition");
        String message = key + " at " + field + " is not a supported placeholder: only $text, $json and $yaml are"
                + " supported."
                + (definition
                        ? " To inline an API definition, write definition: {$text: ./openapi.yaml}; the file is"
                                + " inlined as it is, its $ref links are not bundled."
                        : " The value is kept as written; write it out, or inline a file with $text (as text),"
                                + " $json or $yaml (as data).");
        DescriptorProblem at = problem(context, pointer + DescriptorPositions.segment(key), message);
        if (definition) {
            context.problems().add(at);
            context.unresolved().add(pointer);
        } else {
            context.problems().add(DescriptorProblem.warning(at.file(), at.line(), at.column(), at.message()));
        }
    }

    private static String utf8(byte[] bytes, String path) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            throw new PlaceholderRefusal("reads " + path + ", which is not UTF-8 text; reference a text file");
        }
    }

    private static DescriptorProblem problem(Context context, String pointer, String message) {
        String file = context.document().file();
        return context.document()
                .positions()
                .nearest(pointer)
                .map((SourcePosition at) -> new DescriptorProblem(file, at.line(), at.column(), message))
                .orElseGet(() -> DescriptorProblem.inFile(file, message));
    }

    private static String readable(String pointer) {
        return pointer.isEmpty() ? "the document root" : pointer.substring(1).replace('/', '.');
    }
}
