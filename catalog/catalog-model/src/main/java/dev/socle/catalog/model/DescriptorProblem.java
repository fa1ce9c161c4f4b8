package dev.socle.catalog.model;

/**
 * Something wrong in a descriptor file, located so a person can jump to it.
 *
 * @param file file name or location the descriptor was read from
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record DescriptorProblem(String file, int line, int column, String message) {

    public DescriptorProblem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line and column must be 0 (unknown) or positive, got " + line + ":" + column);
        }
    }

    /** A problem that concerns the whole file rather than a place in it. */
    public static DescriptorProblem inFile(String file, String message) {
        return new DescriptorProblem(file, 0, 0, message);
    }

    /** {@code file:line:column: message}, the form compilers use and editors link. */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
