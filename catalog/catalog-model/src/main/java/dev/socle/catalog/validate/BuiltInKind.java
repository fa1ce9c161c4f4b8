package dev.socle.catalog.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Backstage's built-in kinds, their accepted apiVersions and their spec schema. */
enum BuiltInKind {
    COMPONENT("Component", "component"),
    API("API", "api"),
    RESOURCE("Resource", "resource"),
    SYSTEM("System", "system"),
    DOMAIN("Domain", "domain"),
    GROUP("Group", "group"),
    USER("User", "user"),
    LOCATION("Location", "location"),
    TEMPLATE("Template", "template", "scaffolder.backstage.io/v1beta3");

    private final String kind;
    private final String schema;
    private final List<String> apiVersions;

    BuiltInKind(String kind, String schema) {
        this(kind, schema, List.of("backstage.io/v1alpha1", "backstage.io/v1beta1"));
    }

    BuiltInKind(String kind, String schema, String apiVersion) {
        this(kind, schema, List.of(apiVersion));
    }

    BuiltInKind(String kind, String schema, List<String> apiVersions) {
        this.kind = kind;
        this.schema = schema;
        this.apiVersions = apiVersions;
    }

    String kind() {
        return kind;
    }

    String schemaResource() {
        return "/dev/socle/catalog/schema/" + schema + ".json";
    }

    List<String> apiVersions() {
        return apiVersions;
    }

    static Optional<BuiltInKind> of(String kind) {
        return Arrays.stream(values())
                .filter(builtIn -> builtIn.kind.equals(kind))
                .findFirst();
    }

    static Optional<BuiltInKind> ignoringCase(String kind) {
        return Arrays.stream(values())
                .filter(builtIn -> builtIn.kind.equalsIgnoreCase(kind))
                .findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(BuiltInKind::kind).toList());
    }
}
