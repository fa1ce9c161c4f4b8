package dev.socle.catalog;

/** The kind of a location problem. */
public enum ProblemKind {
    /** A file or document could not be read, parsed or validated. */
    ERROR("error"),
    /** An entity is already owned by another location. */
    CONFLICT("conflict");

    private final String value;

    ProblemKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ProblemKind of(String value) {
        return value.equals(CONFLICT.value) ? CONFLICT : ERROR;
    }
}
