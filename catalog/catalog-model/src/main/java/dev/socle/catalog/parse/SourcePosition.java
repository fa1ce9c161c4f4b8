package dev.socle.catalog.parse;

/**
 * A place in a descriptor file.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }
}
