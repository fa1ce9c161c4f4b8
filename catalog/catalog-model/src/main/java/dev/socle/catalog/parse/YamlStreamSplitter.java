package dev.socle.catalog.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into its documents at the markers YAML reserves for that: a {@code ---} line starts a document,
 * a {@code ...} line ends one, both at column 0. A marker at column 0 ends any scalar, block scalars included (their
 * content is indented), so cutting there never splits a value; a directive ({@code %YAML}) just before a
 * {@code ---} goes with the document it introduces. Each part keeps the line it starts at, so a part read on its own
 * reports the file's real lines, and a syntax error in one part leaves the others readable.
 */
final class YamlStreamSplitter {

    /**
     * One part of the stream.
     *
     * @param firstLine 0-based line of the file the part starts at
     * @param text the part's text, whole lines
     */
    record Part(int firstLine, String text) {}

    private YamlStreamSplitter() {}

    static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int partStart = 0;
        int partLine = 0;
        int directiveStart = -1;
        int directiveLine = -1;
        int lineStart = 0;
        int line = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int next = newline < 0 ? text.length() : newline + 1;
            if (isMarker(text, lineStart, "---")) {
                int cut = directiveStart >= 0 ? directiveStart : lineStart;
                int cutLine = directiveStart >= 0 ? directiveLine : line;
                if (cut > partStart) {
                    parts.add(new Part(partLine, text.substring(partStart, cut)));
                }
                partStart = cut;
                partLine = cutLine;
                directiveStart = -1;
            } else if (isMarker(text, lineStart, "...")) {
                parts.add(new Part(partLine, text.substring(partStart, next)));
                partStart = next;
                partLine = line + 1;
                directiveStart = -1;
            } else if (text.startsWith("%", lineStart)) {
                if (directiveStart < 0) {
                    directiveStart = lineStart;
                    directiveLine = line;
                }
            } else if (!isBlankOrComment(text, lineStart, next)) {
                directiveStart = -1;
            }
            lineStart = next;
            line++;
        }
        if (partStart < text.length()) {
            parts.add(new Part(partLine, text.substring(partStart)));
        }
        return parts;
    }

    /** {@code ---} or {@code ...} at column 0, alone or followed by a space, a tab or the end of the line. */
    private static boolean isMarker(String text, int lineStart, String marker) {
        if (!text.startsWith(marker, lineStart)) {
            return false;
        }
        int after = lineStart + marker.length();
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isBlankOrComment(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}
