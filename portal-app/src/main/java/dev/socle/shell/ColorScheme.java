package dev.socle.shell;

/** The colour scheme a person chose for the portal. */
public enum ColorScheme {
    LIGHT,
    DARK;

    public ColorScheme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
