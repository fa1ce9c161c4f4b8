package dev.socle.catalog.parse;

/**
 * Bounds that keep a hostile descriptor from exhausting memory or stack.
 *
 * @param maxCodePoints largest file accepted, in Unicode code points
 * @param maxAliasesForCollections how many times anchored mappings or sequences may be expanded through aliases
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxValues most values (scalars, mappings, sequences) one file may produce
 */
public record ParserLimits(int maxCodePoints, int maxAliasesForCollections, int maxDepth, int maxValues) {

    /** 3 MiB of text, 50 collection aliases, depth 64, a million values. */
    public static final ParserLimits DEFAULT = new ParserLimits(3 * 1024 * 1024, 50, 64, 1_000_000);

    public ParserLimits {
        if (maxCodePoints < 1 || maxAliasesForCollections < 0 || maxDepth < 1 || maxValues < 1) {
            throw new IllegalArgumentException("Parser limits must be positive: codePoints=" + maxCodePoints
                    + ", aliases=" + maxAliasesForCollections + ", depth=" + maxDepth + ", values=" + maxValues);
        }
    }

    public ParserLimits withMaxCodePoints(int codePoints) {
        return new ParserLimits(codePoints, maxAliasesForCollections, maxDepth, maxValues);
    }
}
