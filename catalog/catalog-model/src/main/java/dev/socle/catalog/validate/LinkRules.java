package dev.socle.catalog.validate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Backstage's formats for {@code metadata.links}: {@code url} a URL that WHATWG's {@code new URL()} accepts,
 * {@code title} not blank, {@code icon} an object name. Empty and non-text values are left to the envelope schema.
 */
final class LinkRules {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final Set<String> NEEDS_HOST = Set.of("http", "https", "ws", "wss", "ftp");
    private static final Pattern FORBIDDEN_IN_HOST = Pattern.compile("[\\x00-\\x20#%/:<>?@\\[\\\\\\]^|\\x7f]");
    private static final Pattern PORT = Pattern.compile("^\\d{0,5}$");

    private LinkRules() {}

    static void check(JsonNode metadata, List<FieldProblem> problems) {
        JsonNode links = metadata.path("links");
        for (int i = 0; i < links.size(); i++) {
            String pointer = "/metadata/links/" + i;
            JsonNode link = links.get(i);
            text(link, "url")
                    .filter(url -> !isUrl(url))
                    .ifPresent(url -> problems.add(new FieldProblem(
                            pointer + "/url",
                            FieldProblem.field(pointer + "/url") + " '" + url + "' is not a valid URL: "
                                    + "write an absolute URL with its scheme, e.g. https://dashboard.example.com.")));
            text(link, "url")
                    .filter(LinkRules::runsScript)
                    .ifPresent(url -> problems.add(FieldProblem.warning(
                            pointer + "/url",
                            FieldProblem.field(pointer + "/url") + " '" + shorten(url) + "' is a " + scheme(url)
                                    + " URL, which runs script or shows arbitrary content when followed, so"
                                    + " clients should not offer it as a link; link to an http(s) page instead.")));
            text(link, "title")
                    .filter(String::isBlank)
                    .ifPresent(title -> problems.add(new FieldProblem(
                            pointer + "/title",
                            FieldProblem.field(pointer + "/title") + " is blank: write the text to "
                                    + "show for the link, e.g. title: Dashboard, or leave title out.")));
            text(link, "icon")
                    .filter(icon -> !BackstageNames.isObjectName(icon))
                    .ifPresent(icon -> problems.add(new FieldProblem(
                            pointer + "/icon",
                            FieldProblem.field(pointer + "/icon") + " '" + icon
                                    + "' is not a valid icon key: use 1-63 letters, digits, '-', '_' or '.', starting and ending "
                                    + "with a letter or digit, e.g. icon: dashboard.")));
        }
    }

    /**
     * Whether following the URL would run script or render arbitrary content: {@code javascript:}, {@code vbscript:}
     * or {@code data:}, read as browsers read it (leading spaces and control characters dropped, tabs and line
     * breaks removed anywhere, the scheme in any case).
     */
    static boolean runsScript(String url) {
        String scheme = scheme(url);
        return scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data");
    }

    /** The scheme as a browser reads it, lower-cased; empty when there is none. */
    private static String scheme(String url) {
        Matcher scheme = SCHEME.matcher(asParsed(url));
        return scheme.matches() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The URL as WHATWG's parser (and so browsers) reads it: leading and trailing spaces and control characters
     * dropped, tabs and line breaks removed anywhere.
     */
    private static String asParsed(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        return url.substring(start, end).replaceAll("[\\t\\n\\r]", "");
    }

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 60) + "…" : url;
    }

    /**
     * Whether WHATWG's URL parser, which Backstage uses, accepts the value without a base: it needs a scheme, and
     * for http(s), ws(s) and ftp a host (with an optional numeric port).
     */
    static boolean isUrl(String value) {
        Matcher scheme = SCHEME.matcher(asParsed(value));
        if (!scheme.matches()) {
            return false;
        }
        if (!NEEDS_HOST.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        String afterSlashes = scheme.group(2).replaceFirst("^[/\\\\]*", "");
        String authority = afterSlashes.split("[/\\\\?#]", 2)[0];
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            return end > 1 && port(hostAndPort.substring(end + 1));
        }
        int colon = hostAndPort.indexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        return !host.isEmpty()
                && !FORBIDDEN_IN_HOST.matcher(host).find()
                && (colon < 0 || port(hostAndPort.substring(colon)));
    }

    private static boolean port(String colonAndPort) {
        if (colonAndPort.isEmpty()) {
            return true;
        }
        String digits = colonAndPort.substring(1);
        return colonAndPort.charAt(0) == ':'
                && PORT.matcher(digits).matches()
                && (digits.isEmpty() || Integer.parseInt(digits) <= 65_535);
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isEmpty()
                ? java.util.Optional.of(value.asString())
                : java.util.Optional.empty();
    }
}
