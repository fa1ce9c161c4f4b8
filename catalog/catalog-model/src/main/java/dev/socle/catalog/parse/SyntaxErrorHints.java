package dev.socle.catalog.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Says what is actually wrong where SnakeYAML's own message misleads: unrendered template syntax
 * ({@code {% if %}}, <code>{{ value }}</code>) and text at column 0 that ends a block scalar (a Markdown code fence
 * pasted into a {@code description: |}). SnakeYAML blames indentation for both.
 */
final class SyntaxErrorHints {

    private static final Pattern TEMPLATE = Pattern.compile("\\{%|%}|\\{\\{|}}|\\{#|#}");
    private static final Pattern BLOCK_SCALAR_HEADER =
            Pattern.compile("^(\\s*)(?:- +)?(?:[^#\\s][^#]*?:\\s+)?(?:&\\S+\\s+)?[|>][-+0-9]*\\s*(?:#.*)?$");
    private static final Pattern INDENTATION_ADVICE = Pattern.compile("\\s*\\(Do not use (.+?) for indentation\\)");

    private final List<String> lines;
    private final int lineOffset;

    /**
     * @param lines the lines of the document's part of the file, without line ends
     * @param lineOffset 0-based line of the file the part starts at
     */
    SyntaxErrorHints(List<String> lines, int lineOffset) {
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    /**
     * A better explanation of a syntax error seen at the given 0-based lines of the part, if one applies.
     *
     * @param at 0-based lines of the part the parser pointed at, most precise first
     * @return the explanation and the 0-based line of the file it concerns
     */
    Optional<Hint> explain(List<Integer> at) {
        for (int line : at) {
            if (line >= 0
                    && line < lines.size()
                    && TEMPLATE.matcher(lines.get(line)).find()) {
                return Optional.of(new Hint(
                        line + lineOffset,
                        0,
                        "Looks like unrendered template syntax at line " + (line + lineOffset + 1) + " ('"
                                + lines.get(line).strip() + "'): the catalog reads the file as it is committed,"
                                + " so render the template before committing, or quote the value if the braces are"
                                + " meant literally."));
            }
        }
        for (int line : at) {
            Optional<Hint> endsBlock = endsBlockScalar(line);
            if (endsBlock.isPresent()) {
                return endsBlock;
            }
        }
        return Optional.empty();
    }

    /** SnakeYAML's message without its advice on indentation, unless the character really is a tab. */
    static String withoutMisleadingAdvice(String problem) {
        var advice = INDENTATION_ADVICE.matcher(problem);
        if (advice.find() && !advice.group(1).contains("\t") && !advice.group(1).equals("TAB")) {
            return advice.replaceAll("");
        }
        return problem;
    }

    private Optional<Hint> endsBlockScalar(int line) {
        if (line <= 0 || line >= lines.size()) {
            return Optional.empty();
        }
        String text = lines.get(line);
        if (text.isBlank() || Character.isWhitespace(text.charAt(0)) || text.startsWith("#")) {
            return Optional.empty();
        }
        int contentIndent = Integer.MAX_VALUE;
        for (int above = line - 1; above >= 0; above--) {
            String candidate = lines.get(above);
            if (candidate.isBlank()) {
                continue;
            }
            int indent = indent(candidate);
            if (BLOCK_SCALAR_HEADER.matcher(candidate).matches() && indent < contentIndent) {
                return Optional.of(new Hint(
                        line + lineOffset,
                        0,
                        "Text at column 0 ends the block scalar started at line " + (above + lineOffset + 1)
                                + " ('" + candidate.strip() + "'), so '" + shorten(text.strip())
                                + "' is read as YAML: indent it like the lines above it (Markdown code fences"
                                + " too)."));
            }
            if (indent == 0) {
                return Optional.empty();
            }
            contentIndent = Math.min(contentIndent, indent);
        }
        return Optional.empty();
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * @param line 0-based line concerned
     * @param column 0-based column concerned
     * @param message what is wrong and what to do
     */
    record Hint(int line, int column, String message) {}
}
