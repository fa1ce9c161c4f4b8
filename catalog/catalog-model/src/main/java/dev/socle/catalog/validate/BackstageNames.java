package dev.socle.catalog.validate;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Backstage's (Kubernetes-derived) format rules for names, namespaces, keys and tags. */
final class BackstageNames {

    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern OBJECT_NAME = Pattern.compile("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$");
    private static final Pattern TAG = Pattern.compile("^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$");
    private static final Pattern KIND = Pattern.compile("^[a-zA-Z][a-z0-9A-Z]*$");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("^[a-z0-9A-Z]+$");

    private BackstageNames() {}

    /** Backstage's {@code isValidEntityName}, which is Kubernetes' object name rule. */
    static boolean isEntityName(String value) {
        return isObjectName(value);
    }

    static boolean isNamespace(String value) {
        return isDnsLabel(value);
    }

    static boolean isDnsLabel(String value) {
        return within(value, 63) && DNS_LABEL.matcher(value).matches();
    }

    static boolean isDnsSubdomain(String value) {
        return within(value, 253) && Arrays.stream(value.split("\\.", -1)).allMatch(BackstageNames::isDnsLabel);
    }

    static boolean isObjectName(String value) {
        return within(value, 63) && OBJECT_NAME.matcher(value).matches();
    }

    /** Label and annotation keys: {@code [dns-subdomain/]object-name}. */
    static boolean isKey(String value) {
        return prefixAndOrSuffix(value, BackstageNames::isDnsSubdomain, BackstageNames::isObjectName);
    }

    static boolean isLabelValue(String value) {
        return value.isEmpty() || isObjectName(value);
    }

    static boolean isTag(String value) {
        return within(value, 63) && TAG.matcher(value).matches();
    }

    static boolean isKind(String value) {
        return within(value, 63) && KIND.matcher(value).matches();
    }

    static boolean isApiVersion(String value) {
        return prefixAndOrSuffix(
                value,
                BackstageNames::isDnsSubdomain,
                suffix -> within(suffix, 63) && VERSION_SUFFIX.matcher(suffix).matches());
    }

    private static boolean prefixAndOrSuffix(String value, Predicate<String> prefix, Predicate<String> suffix) {
        String[] parts = value.split("/", -1);
        return switch (parts.length) {
            case 1 -> suffix.test(parts[0]);
            case 2 -> prefix.test(parts[0]) && suffix.test(parts[1]);
            default -> false;
        };
    }

    private static boolean within(String value, int max) {
        return !value.isEmpty() && value.length() <= max;
    }
}
