package dev.socle.catalog.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The generator's only source of randomness, so that one seed always gives the same organisation. */
final class SeededChoices {

    private final Random random;

    SeededChoices(long seed) {
        this.random = new Random(seed);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Between {@code low} and {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    double fraction() {
        return random.nextDouble();
    }

    /** {@code count} distinct values, in the order drawn. */
    <T> List<T> sample(List<T> values, int count) {
        List<T> left = new ArrayList<>(values);
        List<T> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(left.remove(random.nextInt(left.size())));
        }
        return drawn;
    }

    /** A 40-bit number in hex, for text that a search should find in exactly one place. */
    String marker() {
        return Long.toHexString(random.nextLong() & 0xFF_FFFF_FFFFL);
    }
}
