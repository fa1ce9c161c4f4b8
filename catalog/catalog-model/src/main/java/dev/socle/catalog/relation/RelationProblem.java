package dev.socle.catalog.relation;

/**
 * A spec field whose reference could not be read, so no relation was derived from it.
 *
 * @param pointer JSON pointer of the offending value, e.g. {@code /spec/dependsOn/0}
 * @param message what is wrong and how to fix it
 */
public record RelationProblem(String pointer, String message) {}
