package dev.socle.catalog.store;

/**
 * The 64-bit lookup key of a lower-cased entity ref: relation rows are indexed by the keys of their ends rather than
 * by the refs. A B-tree of longs compares in one instruction and stores in a few bytes, where refs share long
 * prefixes ({@code component:default/…}) that every comparison walks and every stored page repeats. Keys may
 * collide, so every lookup also compares the refs themselves; a collision costs a row read, never a wrong answer.
 */
final class RefKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private RefKey() {}

    /** FNV-1a over the ref's characters, then MurmurHash3's finaliser to spread similar refs apart. */
    static long of(String lowerRef) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < lowerRef.length(); i++) {
            hash = (hash ^ lowerRef.charAt(i)) * FNV_PRIME;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ hash >>> 33;
    }
}
