package dev.socle.catalog.parse;

/** How many values one file may still produce, shared by the converters of its documents. */
final class ValueBudget {

    private final int max;
    private int used;

    ValueBudget(int max) {
        this.max = max;
    }

    /** Counts one value; false once the file has produced more than allowed. */
    boolean take() {
        return ++used <= max;
    }

    boolean exhausted() {
        return used > max;
    }

    int max() {
        return max;
    }
}
