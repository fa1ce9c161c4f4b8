package dev.socle.catalog.validate;

import dev.socle.catalog.model.DescriptorProblem.Level;

/**
 * A rule broken at one place of an entity, before it is located in the file.
 *
 * @param pointer JSON pointer of the offending value (or where it should be)
 * @param message what is wrong and how to fix it
 * @param level {@link Level#ERROR} refuses the entity, {@link Level#WARNING} keeps it
 */
record FieldProblem(String pointer, String message, Level level) {

    FieldProblem(String pointer, String message) {
        this(pointer, message, Level.ERROR);
    }

    static FieldProblem warning(String pointer, String message) {
        return new FieldProblem(pointer, message, Level.WARNING);
    }

    /** {@code /spec/providesApis/0} as {@code spec.providesApis[0]}. */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(Math.min(1, pointer.length())).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit)) {
                field.append('[').append(key).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(key);
            }
        }
        return field.isEmpty() ? "the entity" : field.toString();
    }
}
