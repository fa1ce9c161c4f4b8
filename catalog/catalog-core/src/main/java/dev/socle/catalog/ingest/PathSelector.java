package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which files of a tree a location reads, as a slash-separated path relative to the tree's root:
 * a literal path names one file, or a folder ({@code ""} is the whole tree), which selects the
 * descriptor files below it at any depth: those named {@code catalog-info.yaml} or
 * {@code catalog-info.yml} ({@link #DESCRIPTOR_NAMES}), never READMEs, API definitions or sources
 * beside them. A glob ({@code *} within one segment, {@code **} across segments, {@code ?} one
 * character) selects exactly the file paths it matches, so {@code **}{@code /catalog-info.yaml}
 * matches {@code catalog-info.yaml} at any depth, the root included.
 *
 * @param pattern the literal path or glob, never starting with {@code /}, without {@code .} or
 *     {@code ..} segments
 */
record PathSelector(String pattern) {

    /** The file names a folder selects below it. */
    public static final Set<String> DESCRIPTOR_NAMES = Set.of("catalog-info.yaml", "catalog-info.yml");

    public PathSelector {
        if (pattern.startsWith("/")
                || pattern.contains("\\")
                || pattern.contains("//")
                || pattern.endsWith("/") && !pattern.isEmpty()) {
            throw invalid(pattern);
        }
        for (String segment : pattern.split("/", -1)) {
            if (!pattern.isEmpty() && (segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
                throw invalid(pattern);
            }
        }
    }

    /** The selector for the descriptor files of the whole tree. */
    public static PathSelector all() {
        return new PathSelector("");
    }

    /** Parses a path or glob, dropping a leading {@code ./} or {@code /} and a trailing {@code /}. */
    public static PathSelector of(String pathOrGlob) {
        String p = pathOrGlob;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return new PathSelector(p);
    }

    public boolean isGlob() {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?');
    }

    /** The folders before the first wildcard segment (for a literal path: the path itself). */
    public String literalPrefix() {
        if (!isGlob()) {
            return pattern;
        }
        String[] segments = pattern.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String segment : segments) {
            if (segment.contains("*") || segment.contains("?")) {
                break;
            }
            prefix.append(prefix.isEmpty() ? "" : "/").append(segment);
        }
        return prefix.toString();
    }

    /**
     * The note for a location whose selector matched no file: registered as is, it would hold no entity, which is
     * most often a typo (a {@code ?} read as a wildcard, a misspelt folder).
     */
    static String matchesNothing(String original, PathSelector selector) {
        return "Location " + original + " matches no file"
                + (selector.pattern().isEmpty() ? " named catalog-info.yaml or catalog-info.yml" : "")
                + (selector.isGlob()
                        ? " (its '" + selector.pattern() + "' is read as a glob: * and ? are wildcards)"
                        : "")
                + ", so it holds no entity; check the path for a typo, or add the files it should find.";
    }

    /** Whether the file at {@code path} (relative to the tree's root) is selected. */
    public boolean matches(String path) {
        return matcher().test(path);
    }

    /** A reusable test for many paths; compiles the glob once. */
    public Predicate<String> matcher() {
        if (!isGlob()) {
            String folder = pattern.isEmpty() ? "" : pattern + "/";
            return path -> path.equals(pattern) || path.startsWith(folder) && isDescriptor(path);
        }
        Pattern regex = toRegex();
        return path -> regex.matcher(path).matches();
    }

    /** Whether the file at {@code path} is named like a descriptor a folder selects. */
    static boolean isDescriptor(String path) {
        return DESCRIPTOR_NAMES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    private Pattern toRegex() {
        StringBuilder regex = new StringBuilder();
        String p = pattern;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (p.startsWith("**/", i)) {
                regex.append("(?:[^/]+/)*");
                i += 2;
            } else if (p.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static InvalidInputException invalid(String pattern) {
        return new InvalidInputException("Path '" + pattern + "' is not a valid location path; write a path"
                + " relative to the repository or folder root, such as catalog-info.yaml or **/catalog-info.yaml,"
                + " without '..' segments.");
    }
}
