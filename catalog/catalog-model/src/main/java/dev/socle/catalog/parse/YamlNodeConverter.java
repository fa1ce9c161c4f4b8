package dev.socle.catalog.parse;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one composed YAML document into JSON, recording the position of every value and enforcing the limits on
 * alias expansion, depth and size. Only the core schema's plain types are accepted; any other tag is refused.
 */
final class YamlNodeConverter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

    private final ParserLimits limits;
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
    private final Set<Node> expanded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final int lineOffset;
    private final ValueBudget values;
    private int aliasExpansions;
    private long chars;
    private Optional<Mark> expandingAlias = Optional.empty();

    /**
     * @param lineOffset 0-based line of the file the document's part starts at, added to every position
     * @param values what the file may still produce, shared with the file's other documents
     */
    YamlNodeConverter(ParserLimits limits, int lineOffset, ValueBudget values) {
        this.limits = limits;
        this.lineOffset = lineOffset;
        this.values = values;
    }

    JsonNode convert(Node root) {
        return value(root, "", 0, root.getStartMark());
    }

    DescriptorPositions positions() {
        return new DescriptorPositions(positions);
    }

    private JsonNode value(Node node, String pointer, int depth, Optional<Mark> located) {
        located.ifPresent(mark -> positions.put(pointer, position(mark)));
        if (!values.take()) {
            throw new YamlReadFailure(
                    "The file holds more than " + values.max() + " values"
                            + (aliasExpansions > 0 ? " once its aliases are expanded" : "")
                            + "; split it into several descriptors. This document and the ones after it were not"
                            + " read.",
                    expandingAlias.or(() -> located));
        }
        return switch (node) {
            case ScalarNode scalar -> count(scalar(scalar), scalar.getValue().length(), located);
            case SequenceNode sequence -> collection(sequence, pointer, depth, located);
            case MappingNode mapping -> collection(mapping, pointer, depth, located);
            default ->
                throw new YamlReadFailure(
                        "Unsupported YAML node " + node.getNodeType() + "; use plain mappings, sequences and scalars.",
                        node.getStartMark());
        };
    }

    private JsonNode collection(Node node, String pointer, int depth, Optional<Mark> located) {
        if (depth + 1 > limits.maxDepth()) {
            throw new YamlReadFailure(
                    "Values are nested more than " + limits.maxDepth() + " levels deep; flatten the structure.",
                    node.getStartMark());
        }
        if (!inProgress.add(node)) {
            throw new YamlReadFailure(
                    "An alias refers to a mapping or sequence that contains it; "
                            + "recursive structures cannot become JSON, so repeat the values instead.",
                    node.getStartMark());
        }
        boolean alias = !expanded.add(node);
        if (alias && ++aliasExpansions > limits.maxAliasesForCollections()) {
            throw new YamlReadFailure(
                    "Aliases expand mappings or sequences more than "
                            + limits.maxAliasesForCollections() + " times (a 'billion laughs' pattern); "
                            + "write the values out or use fewer aliases.",
                    expandingAlias.or(() -> located));
        }
        boolean outermost = alias && expandingAlias.isEmpty();
        if (outermost) {
            expandingAlias = located;
        }
        try {
            return node instanceof MappingNode mapping
                    ? mapping(mapping, pointer, depth + 1)
                    : sequence((SequenceNode) node, pointer, depth + 1, located);
        } finally {
            inProgress.remove(node);
            if (outermost) {
                expandingAlias = Optional.empty();
            }
        }
    }

    /** Counts a scalar's characters against the document's size once aliases are expanded. */
    private JsonNode count(JsonNode value, int length, Optional<Mark> located) {
        chars += length;
        if (chars > limits.maxDocumentChars()) {
            throw new YamlReadFailure(
                    "This document grows to more than " + limits.maxDocumentChars() + " characters"
                            + (aliasExpansions > 0 ? " once its aliases are expanded" : "")
                            + ", the limit for one entity; write the values out once instead of repeating them"
                            + " through aliases, or split the document.",
                    expandingAlias.or(() -> located));
        }
        return value;
    }

    private ArrayNode sequence(SequenceNode node, String pointer, int depth, Optional<Mark> located) {
        requireTag(node, Tag.SEQ);
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        for (Node item : node.getValue()) {
            // An alias item starts where its anchor does; the sequence's own place is nearer the alias.
            Optional<Mark> at = expanded.contains(item) ? located : item.getStartMark();
            array.add(value(item, pointer + "/" + index++, depth, at));
        }
        return array;
    }

    private ObjectNode mapping(MappingNode node, String pointer, int depth) {
        requireTag(node, Tag.MAP);
        ObjectNode object = NODES.objectNode();
        Map<String, Optional<Mark>> seen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String key = key(tuple.getKeyNode());
            count(object, key.length(), tuple.getKeyNode().getStartMark());
            Optional<Mark> keyMark = tuple.getKeyNode().getStartMark();
            Optional<Mark> first = seen.putIfAbsent(key, keyMark);
            if (first != null) {
                throw new YamlReadFailure(
                        "Duplicate key '" + key + "'"
                                + first.map(mark -> " (first at line " + (mark.getLine() + 1) + ")")
                                        .orElse("") + "; keep only one.",
                        keyMark);
            }
            object.set(key, value(tuple.getValueNode(), pointer + DescriptorPositions.segment(key), depth, keyMark));
        }
        return object;
    }

    private static String key(Node keyNode) {
        if (!(keyNode instanceof ScalarNode scalar)) {
            throw new YamlReadFailure(
                    "A mapping key must be plain text, not a "
                            + keyNode.getNodeType().name().toLowerCase() + "; write the key as a string.",
                    keyNode.getStartMark());
        }
        scalar(scalar);
        return scalar.getValue();
    }

    private static JsonNode scalar(ScalarNode node) {
        Tag tag = node.getTag();
        String text = node.getValue();
        if (tag.equals(Tag.STR) || tag.equals(Tag.ENV_TAG)) {
            return NODES.stringNode(text);
        }
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            return integer(node, text);
        }
        if (tag.equals(Tag.FLOAT)) {
            return decimal(node, text);
        }
        throw unsupportedTag(node);
    }

    private static JsonNode integer(ScalarNode node, String text) {
        try {
            BigInteger value;
            String unsigned = text.startsWith("+") ? text.substring(1) : text;
            if (OCTAL.matcher(unsigned).matches()) {
                value = new BigInteger(unsigned.substring(2), 8);
            } else if (HEX.matcher(unsigned).matches()) {
                value = new BigInteger(unsigned.substring(2), 16);
            } else {
                value = new BigInteger(unsigned);
            }
            return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        } catch (NumberFormatException notANumber) {
            return NODES.stringNode(text);
        }
    }

    private static JsonNode decimal(ScalarNode node, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException special) {
            value = Double.NaN;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new YamlReadFailure(
                    "'" + text + "' is infinity or not-a-number, which JSON cannot hold; "
                            + "quote it to keep it as text.",
                    node.getStartMark());
        }
        return NODES.numberNode(value);
    }

    private static void requireTag(Node node, Tag expected) {
        if (!node.getTag().equals(expected)) {
            throw unsupportedTag(node);
        }
    }

    private static YamlReadFailure unsupportedTag(Node node) {
        String tag = node.getTag().getValue();
        String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return new YamlReadFailure(
                "Tag " + shown + " is not allowed: descriptors hold only plain strings, numbers, "
                        + "booleans, null, mappings and sequences; remove the tag or quote the value.",
                node.getStartMark());
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + lineOffset + 1, mark.getColumn() + 1);
    }
}
