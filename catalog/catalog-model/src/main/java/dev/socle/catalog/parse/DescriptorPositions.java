package dev.socle.catalog.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a parsed document came from, keyed by JSON pointer ({@code /spec/owner}, {@code ""} for the
 * document itself). A mapping entry is located at its key; a sequence item at the item.
 */
public final class DescriptorPositions {

    private final Map<String, SourcePosition> byPointer;

    public DescriptorPositions(Map<String, SourcePosition> byPointer) {
        this.byPointer = Map.copyOf(new LinkedHashMap<>(byPointer));
    }

    /** Positions for content that has no source, such as JSON built in code. */
    public static DescriptorPositions none() {
        return new DescriptorPositions(Map.of());
    }

    /** The exact position of the value at this pointer, if it was read from the file. */
    public Optional<SourcePosition> exact(String pointer) {
        return Optional.ofNullable(byPointer.get(pointer));
    }

    /** The position of the value at this pointer or, when it does not exist, of its nearest existing parent. */
    public Optional<SourcePosition> nearest(String pointer) {
        String current = pointer;
        while (true) {
            SourcePosition position = byPointer.get(current);
            if (position != null) {
                return Optional.of(position);
            }
            if (current.isEmpty()) {
                return Optional.empty();
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Escapes one key as a JSON pointer segment (RFC 6901). */
    public static String segment(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public int size() {
        return byPointer.size();
    }
}
