package dev.socle.catalog.validate;

import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.model.Relation;
import dev.socle.catalog.parse.DescriptorParser;
import dev.socle.catalog.parse.ParseResult;
import dev.socle.catalog.parse.ParsedDocument;
import dev.socle.catalog.parse.ParserLimits;
import dev.socle.catalog.parse.SourcePosition;
import dev.socle.catalog.parse.placeholder.DescriptorSource;
import dev.socle.catalog.parse.placeholder.PlaceholderResolver;
import dev.socle.catalog.parse.placeholder.PlaceholderResult;
import dev.socle.catalog.relation.DerivedRelations;
import dev.socle.catalog.relation.RelationDeriver;
import dev.socle.catalog.relation.RelationProblem;
import dev.socle.plugin.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole descriptor pipeline for one file: parse safely, substitute placeholders, validate, build entities and
 * derive relations. Ingestion and the command-line validator both use it, so they apply the same rules.
 * Thread-safe; build once and reuse.
 */
public final class DescriptorReader {

    private final DescriptorParser parser;
    private final PlaceholderResolver placeholders;
    private final EntityValidator validator;
    private final RelationDeriver relations = new RelationDeriver();

    public DescriptorReader(CatalogRules rules) {
        this(rules, ParserLimits.DEFAULT, PlaceholderResolver.DEFAULT_MAX_BYTES);
    }

    public DescriptorReader(CatalogRules rules, ParserLimits limits, int maxPlaceholderBytes) {
        this.parser = new DescriptorParser(limits);
        this.placeholders = new PlaceholderResolver(limits, maxPlaceholderBytes);
        this.validator = new EntityValidator(rules);
    }

    /**
     * @param file name shown in problems, e.g. the URL or path of the descriptor
     * @param content the descriptor's bytes (UTF-8)
     * @param descriptorPath the descriptor's path relative to the location root; placeholders resolve against it
     * @param source reads the location's other files for placeholders
     */
    public DescriptorReadResult read(String file, byte[] content, String descriptorPath, DescriptorSource source) {
        ParseResult parsed = parser.parse(file, content);
        List<DescriptorProblem> problems = new ArrayList<>(parsed.problems());
        List<Entity> entities = new ArrayList<>();
        Set<Relation> allRelations = new LinkedHashSet<>();
        Map<EntityRef, Integer> seen = new HashMap<>();
        Map<EntityRef, SourcePosition> positions = new HashMap<>();
        for (ParsedDocument document : parsed.documents()) {
            PlaceholderResult resolved = placeholders.resolve(document, descriptorPath, source);
            List<DescriptorProblem> documentProblems = new ArrayList<>(resolved.problems());
            if (documentProblems.isEmpty()) {
                documentProblems.addAll(validator.validate(resolved.document()));
            }
            if (documentProblems.isEmpty()) {
                toEntity(resolved.document(), documentProblems, seen).ifPresent(entity -> {
                    DerivedRelations derived = relations.derive(entity);
                    derived.problems().forEach(problem -> documentProblems.add(locate(document, problem)));
                    if (derived.problems().isEmpty()) {
                        entities.add(entity.withRelations(derived.from(entity.ref())));
                        allRelations.addAll(derived.relations());
                        document.positions()
                                .nearest("/metadata/name")
                                .ifPresent(position -> positions.put(entity.ref(), position));
                    }
                });
            }
            problems.addAll(documentProblems);
        }
        return new DescriptorReadResult(entities, List.copyOf(allRelations), problems, positions);
    }

    private static java.util.Optional<Entity> toEntity(
            ParsedDocument document, List<DescriptorProblem> problems, Map<EntityRef, Integer> seen) {
        try {
            Entity entity = Entity.fromJson(document.content());
            Integer first = seen.putIfAbsent(entity.ref(), document.index());
            if (first != null) {
                problems.add(at(
                        document,
                        "/metadata/name",
                        "Entity " + entity.ref() + " is defined twice in this " + "file (first in document "
                                + (first + 1) + "); rename or remove one."));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(entity);
        } catch (InvalidInputException invalid) {
            problems.add(at(document, "", invalid.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private static DescriptorProblem locate(ParsedDocument document, RelationProblem problem) {
        return at(document, problem.pointer(), problem.message());
    }

    private static DescriptorProblem at(ParsedDocument document, String pointer, String message) {
        return document.positions()
                .nearest(pointer)
                .map((SourcePosition p) -> new DescriptorProblem(document.file(), p.line(), p.column(), message))
                .orElseGet(() -> DescriptorProblem.inFile(document.file(), message));
    }
}
