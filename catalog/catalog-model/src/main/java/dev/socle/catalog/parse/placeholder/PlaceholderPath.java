package dev.socle.catalog.parse.placeholder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Resolves a placeholder target against the descriptor's directory, refusing URLs, absolute paths and escapes. */
final class PlaceholderPath {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private PlaceholderPath() {}

    /**
     * @param descriptorPath the descriptor's own path relative to the location root
     * @param target the placeholder value, relative to the descriptor
     * @return the target's normalised path relative to the location root
     * @throws PlaceholderRefusal with a reader-facing message when the target is not allowed
     */
    static String resolve(String descriptorPath, String target) {
        if (target.isBlank()) {
            throw new PlaceholderRefusal("is empty; give a path relative to the descriptor, e.g. ./openapi.yaml");
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            throw new PlaceholderRefusal("is a URL ('" + target + "'); only paths relative to the descriptor "
                    + "are read, so copy the file next to it and write e.g. ./openapi.yaml");
        }
        if (target.startsWith("/") || target.startsWith("\\") || target.startsWith("~")) {
            throw new PlaceholderRefusal("is an absolute path ('" + target + "'); write a path relative to "
                    + "the descriptor, e.g. ./docs/api.yaml");
        }
        if (target.indexOf('\0') >= 0 || target.indexOf('\\') >= 0 || target.indexOf('%') >= 0) {
            throw new PlaceholderRefusal(
                    "contains a backslash, NUL or %-escape ('" + target + "'); use plain forward-slash paths");
        }
        Deque<String> segments = new ArrayDeque<>();
        String directory =
                descriptorPath.contains("/") ? descriptorPath.substring(0, descriptorPath.lastIndexOf('/')) : "";
        for (String segment : (directory + "/" + target).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new PlaceholderRefusal("leaves the location's root directory ('" + target
                            + "'); reference files inside the repository or directory that holds the descriptor");
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new PlaceholderRefusal("names a directory ('" + target + "'), not a file");
        }
        return String.join("/", segments);
    }
}
