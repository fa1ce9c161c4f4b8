package dev.socle.catalog.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The envelope and per-kind JSON Schemas (draft-07, bundled as resources), with errors turned into advice. */
final class KindSchemas {

    private static final String ENVELOPE = "/dev/socle/catalog/schema/envelope.json";

    private final Schema envelope;
    private final Map<BuiltInKind, Schema> kinds = new EnumMap<>(BuiltInKind.class);

    KindSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        JsonMapper mapper = JsonMapper.builder().build();
        this.envelope = load(registry, mapper, ENVELOPE);
        for (BuiltInKind kind : BuiltInKind.values()) {
            kinds.put(kind, load(registry, mapper, kind.schemaResource()));
        }
    }

    List<FieldProblem> checkEnvelope(JsonNode entity) {
        return check(envelope, entity, "every entity");
    }

    List<FieldProblem> checkKind(BuiltInKind kind, JsonNode entity) {
        List<FieldProblem> problems = new java.util.ArrayList<>(check(kinds.get(kind), entity, "kind " + kind.kind()));
        JsonNode spec = entity.path("spec");
        if (kind == BuiltInKind.LOCATION && spec.isObject() && !spec.has("target") && !spec.has("targets")) {
            problems.add(new FieldProblem(
                    "/spec",
                    "spec needs target or targets for kind Location: " + "e.g. target: ./services/catalog-info.yaml."));
        }
        return problems;
    }

    private static List<FieldProblem> check(Schema schema, JsonNode entity, String scope) {
        return schema.validate(entity).stream()
                .filter(error -> !"enum".equals(error.getKeyword()) || !isTopLevel(error))
                .map(error -> advise(error, scope))
                .distinct()
                .toList();
    }

    private static boolean isTopLevel(Error error) {
        return error.getInstanceLocation().getNameCount() == 1;
    }

    private static FieldProblem advise(Error error, String scope) {
        String pointer = pointer(error.getInstanceLocation());
        String keyword = String.valueOf(error.getKeyword());
        if ("required".equals(keyword) && error.getProperty() != null) {
            String missing = pointer + "/" + error.getProperty();
            return new FieldProblem(
                    missing,
                    FieldProblem.field(missing) + " is required for " + scope + ": "
                            + FieldHints.forMissing(error.getProperty(), scope) + ".");
        }
        if ("additionalProperties".equals(keyword) && error.getProperty() != null && pointer.isEmpty()) {
            String stray = error.getProperty();
            return new FieldProblem(
                    "/" + stray.replace("~", "~0").replace("/", "~1"),
                    "'" + stray
                            + "' is not a top-level field of an entity, which holds only apiVersion, kind, metadata, spec, "
                            + "relations and status; move it under spec, or under metadata (e.g. as an annotation), or "
                            + "check its indentation.");
        }
        String detail = stripLocation(error.getMessage());
        return new FieldProblem(
                pointer,
                FieldProblem.field(pointer) + " is invalid for " + scope + ": " + detail + "; "
                        + FieldHints.forInvalid(keyword) + ".");
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/')
                    .append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("$") || message.startsWith("/"))
                ? message.substring(colon + 2)
                : message;
    }

    private static Schema load(SchemaRegistry registry, JsonMapper mapper, String resource) {
        try (InputStream in = KindSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Schema resource " + resource + " is missing from the jar; " + "rebuild socle-catalog-model.");
            }
            return registry.getSchema(mapper.readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Schema resource " + resource + " could not be read", unreadable);
        }
    }
}
