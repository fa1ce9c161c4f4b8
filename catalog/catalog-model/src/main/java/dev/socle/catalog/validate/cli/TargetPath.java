package dev.socle.catalog.validate.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Resolves a Location entity's target against the file that names it, with the server's rules: a relative path
 * inside the same root, never a URL, an absolute path or a path leaving the root.
 */
final class TargetPath {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private TargetPath() {
    }

    /** Thrown with a reader-facing reason when a target is not a file of the same root. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param fromPath the root-relative path of the file holding the Location
     * @param target the target as written
     * @return the target's root-relative path
     * @throws Refused when the target is not a relative path inside the root
     */
    static String resolve(String fromPath, String target) {
        if (target.isBlank() || target.indexOf('\0') >= 0 || target.contains("\\")) {
            throw new Refused("Reference '" + target + "' in " + fromPath
                    + " is not a relative file path; write it like ./openapi.yaml.");
        }
        if (URL.matcher(target).find()) {
            throw new Refused("Reference '" + target + "' in " + fromPath + " is a URL, but only files of the same "
                    + "location can be referenced; write a relative path like ./openapi.yaml.");
        }
        if (target.startsWith("/") || target.startsWith("~")) {
            throw new Refused("Reference '" + target + "' in " + fromPath + " is an absolute path; write it "
                    + "relative to " + fromPath + ", like ./openapi.yaml.");
        }
        Deque<String> segments = new ArrayDeque<>();
        String[] from = fromPath.split("/");
        for (int i = 0; i < from.length - 1; i++) {
            push(segments, from[i], fromPath, target);
        }
        for (String segment : target.split("/")) {
            push(segments, segment, fromPath, target);
        }
        if (segments.isEmpty()) {
            throw new Refused("Reference '" + target + "' in " + fromPath
                    + " names a folder, not a file; write a file path like ./openapi.yaml.");
        }
        return String.join("/", segments);
    }

    private static void push(Deque<String> segments, String segment, String fromPath, String target) {
        if (segment.isEmpty() || segment.equals(".")) {
            return;
        }
        if (segment.equals("..")) {
            if (segments.isEmpty()) {
                throw new Refused("Reference '" + target + "' in " + fromPath + " leads outside the location's "
                        + "root; reference only files inside the same repository or folder.");
            }
            segments.removeLast();
            return;
        }
        segments.addLast(segment);
    }
}
