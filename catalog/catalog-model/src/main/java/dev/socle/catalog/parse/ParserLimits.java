package dev.socle.catalog.parse;

/**
 * Bounds that keep a hostile descriptor from exhausting memory or stack.
 *
 * @param maxCodePoints largest file accepted, in Unicode code points
 * @param maxAliasesForCollections how many times anchored mappings or sequences may be expanded through aliases
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxValues most values (scalars, mappings, sequences) one file may produce, aliases expanded
 * @param maxDocumentChars largest document once its aliases are expanded, counted as the characters of its keys and
 *     scalar values
 */
public record ParserLimits(
        int maxCodePoints, int maxAliasesForCollections, int maxDepth, int maxValues, int maxDocumentChars) {

    /**
     * 3 MiB of text, 50 collection aliases, depth 64, a million values, and a document expanding to no more than the
     * largest file.
     */
    public static final ParserLimits DEFAULT = new ParserLimits(3 * 1024 * 1024, 50, 64, 1_000_000, 3 * 1024 * 1024);

    public ParserLimits {
        if (maxCodePoints < 1
                || maxAliasesForCollections < 0
                || maxDepth < 1
                || maxValues < 1
                || maxDocumentChars < 1) {
            throw new IllegalArgumentException("Parser limits must be positive: codePoints=" + maxCodePoints
                    + ", aliases=" + maxAliasesForCollections + ", depth=" + maxDepth + ", values=" + maxValues
                    + ", documentChars=" + maxDocumentChars);
        }
    }

    /** The four historical limits; a document may expand to as many characters as the file may hold. */
    public ParserLimits(int maxCodePoints, int maxAliasesForCollections, int maxDepth, int maxValues) {
        this(maxCodePoints, maxAliasesForCollections, maxDepth, maxValues, maxCodePoints);
    }

    public ParserLimits withMaxCodePoints(int codePoints) {
        return new ParserLimits(codePoints, maxAliasesForCollections, maxDepth, maxValues, maxDocumentChars);
    }

    public ParserLimits withMaxValues(int values) {
        return new ParserLimits(maxCodePoints, maxAliasesForCollections, maxDepth, values, maxDocumentChars);
    }

    public ParserLimits withMaxDocumentChars(int documentChars) {
        return new ParserLimits(maxCodePoints, maxAliasesForCollections, maxDepth, maxValues, documentChars);
    }
}
