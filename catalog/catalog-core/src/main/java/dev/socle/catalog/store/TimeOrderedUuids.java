package dev.socle.catalog.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562): a millisecond timestamp followed by 74 random bits. Entities stored together get
 * neighbouring uids, so the uid index grows at its end instead of rewriting pages all over the B-tree.
 */
final class TimeOrderedUuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedUuids() {}

    static UUID at(Instant time) {
        long random = RANDOM.nextLong();
        long mostSignificant = (time.toEpochMilli() << 16) | 0x7000L | (random & 0x0FFFL);
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
