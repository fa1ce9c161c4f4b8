package dev.socle.catalog.validate;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies Backstage's entity rules to a parsed document: the common envelope, metadata formats, allowed kinds and
 * apiVersions, and the kind's spec schema. Each problem points at the offending field, or the nearest existing
 * parent when the field is missing. Thread-safe; build once and reuse.
 */
public final class EntityValidator {

    private final CatalogRules rules;
    private final KindSchemas schemas = new KindSchemas();

    public EntityValidator() {
        this(CatalogRules.BUILT_IN_ONLY);
    }

    public EntityValidator(CatalogRules rules) {
        this.rules = rules;
    }

    /** Every problem of the document: errors refuse it, warnings ({@link DescriptorProblem#isError()}) do not. */
    public List<DescriptorProblem> validate(ParsedDocument document) {
        return validate(document, Set.of());
    }

    /**
     * Like {@link #validate(ParsedDocument)}, leaving out what is found at or below the given places, e.g. where a
     * placeholder could not be substituted and is already reported.
     *
     * @param ignored JSON pointers whose values are not checked
     */
    public List<DescriptorProblem> validate(ParsedDocument document, Set<String> ignored) {
        ObjectNode entity = document.content();
        List<FieldProblem> problems = new ArrayList<>(schemas.checkEnvelope(entity));
        problems.addAll(MetadataRules.check(entity));
        problems.addAll(kindProblems(entity));
        return problems.stream()
                .distinct()
                .filter(problem -> ignored.stream().noneMatch(pointer -> within(problem.pointer(), pointer)))
                .map(problem -> locate(document, problem))
                .toList();
    }

    private static boolean within(String pointer, String ignored) {
        return pointer.equals(ignored) || pointer.startsWith(ignored + "/");
    }

    private List<FieldProblem> kindProblems(JsonNode entity) {
        Optional<String> kind = text(entity, "kind");
        Optional<String> apiVersion = text(entity, "apiVersion");
        if (kind.isEmpty() || apiVersion.isEmpty()) {
            return List.of();
        }
        Optional<BuiltInKind> builtIn = BuiltInKind.of(kind.get());
        if (builtIn.isPresent() && builtIn.get().apiVersions().contains(apiVersion.get())) {
            return schemas.checkKind(builtIn.get(), entity);
        }
        if (rules.allowsExtra(kind.get(), apiVersion.get())) {
            return List.of();
        }
        if (builtIn.isPresent()) {
            return List.of(new FieldProblem(
                    "/apiVersion",
                    "apiVersion '" + apiVersion.get()
                            + "' is not supported for kind " + kind.get() + "; use "
                            + String.join(" or ", builtIn.get().apiVersions()) + "."));
        }
        return List.of(new FieldProblem("/kind", unknownKind(kind.get(), apiVersion.get())));
    }

    private static String unknownKind(String kind, String apiVersion) {
        Optional<BuiltInKind> similar = BuiltInKind.ignoringCase(kind);
        if (similar.isPresent()) {
            return "kind '" + kind + "' is not known; kinds are case-sensitive, write "
                    + similar.get().kind() + ".";
        }
        return "kind '" + kind + "' with apiVersion '" + apiVersion + "' is not allowed: the built-in kinds are "
                + BuiltInKind.names() + "; fix the kind or ask an administrator to allow it in the catalog rules.";
    }

    private static DescriptorProblem locate(ParsedDocument document, FieldProblem problem) {
        return document.positions()
                .nearest(problem.pointer())
                .map(at -> new DescriptorProblem(
                        document.file(), at.line(), at.column(), problem.message(), problem.level()))
                .orElseGet(() -> new DescriptorProblem(document.file(), 0, 0, problem.message(), problem.level()));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }
}
