package dev.socle.catalog.parse;

import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Resolves a reference such as {@code ./openapi.yaml} relative to a file of a location, with the rules the server
 * and the command-line validator share: a relative path inside the location's root, never a URL, an absolute path
 * or a path leaving the root.
 */
public final class RelativePaths {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private RelativePaths() {}

    /**
     * The root-relative path that {@code relativePath} names when written in the file at
     * {@code fromPath}; refuses absolute paths, URLs and paths leaving the snapshot's root.
     *
     * @throws InvalidInputException when the reference is not a relative file path
     * @throws NotAllowedException when it leads outside the root
     */
    public static String resolve(String fromPath, String relativePath) {
        if (relativePath.isBlank() || relativePath.indexOf('\0') >= 0 || relativePath.contains("\\")) {
            throw new InvalidInputException("Reference '" + relativePath + "' in " + fromPath
                    + " is not a relative file path; write it like ./openapi.yaml.");
        }
        if (URL.matcher(relativePath).find()) {
            throw new InvalidInputException(
                    "Reference '" + relativePath + "' in " + fromPath
                            + " is a URL, but only files of the same location can be referenced; write a relative path like ./openapi.yaml.");
        }
        if (relativePath.startsWith("/") || relativePath.startsWith("~")) {
            throw new InvalidInputException("Reference '" + relativePath + "' in " + fromPath
                    + " is an absolute path; write it relative to " + fromPath + ", like ./openapi.yaml.");
        }
        Deque<String> segments = new ArrayDeque<>();
        String[] from = fromPath.split("/");
        for (int i = 0; i < from.length - 1; i++) {
            push(segments, from[i], fromPath, relativePath);
        }
        for (String segment : relativePath.split("/")) {
            push(segments, segment, fromPath, relativePath);
        }
        if (segments.isEmpty()) {
            throw new InvalidInputException("Reference '" + relativePath + "' in " + fromPath
                    + " names a folder, not a file; write a file path like ./openapi.yaml.");
        }
        return String.join("/", segments);
    }

    private static void push(Deque<String> segments, String segment, String fromPath, String relativePath) {
        if (segment.isEmpty() || segment.equals(".")) {
            return;
        }
        if (segment.equals("..")) {
            if (segments.isEmpty()) {
                throw new NotAllowedException(
                        "Reference '" + relativePath + "' in " + fromPath
                                + " leads outside the location's root; reference only files inside the same repository or folder.");
            }
            segments.removeLast();
            return;
        }
        segments.addLast(segment);
    }
}
