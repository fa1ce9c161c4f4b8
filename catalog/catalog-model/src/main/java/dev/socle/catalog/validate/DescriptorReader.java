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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
        Map<EntityRef, Read> read = new LinkedHashMap<>();
        for (ParsedDocument document : parsed.documents()) {
            PlaceholderResult resolved = placeholders.resolve(document, descriptorPath, source);
            List<DescriptorProblem> documentProblems = new ArrayList<>(resolved.problems());
            documentProblems.addAll(validator.validate(resolved.document(), resolved.unresolved()));
            EntityRef kept = null;
            if (documentProblems.stream().noneMatch(DescriptorProblem::isError)) {
                Entity entity = toEntity(resolved.document(), documentProblems).orElse(null);
                if (entity != null) {
                    DerivedRelations derived = relations.derive(entity);
                    derived.problems().forEach(problem -> documentProblems.add(locate(document, problem)));
                    if (derived.problems().isEmpty()) {
                        keepLast(read, new Read(entity.withRelations(derived.from(entity.ref())), derived, document))
                                .ifPresent(documentProblems::add);
                        kept = entity.ref();
                    }
                }
            }
            problems.addAll(about(kept, documentProblems));
        }
        List<Entity> entities = new ArrayList<>();
        Set<Relation> allRelations = new LinkedHashSet<>();
        Map<EntityRef, SourcePosition> positions = new HashMap<>();
        read.forEach((ref, entity) -> {
            entities.add(entity.entity());
            allRelations.addAll(entity.relations().relations());
            entity.document().positions().nearest("/metadata/name").ifPresent(at -> positions.put(ref, at));
        });
        return new DescriptorReadResult(entities, List.copyOf(allRelations), problems, positions);
    }

    /** The document's problems; its warnings name the entity kept from it, when one was. */
    private static List<DescriptorProblem> about(@Nullable EntityRef kept, List<DescriptorProblem> problems) {
        if (kept == null) {
            return problems;
        }
        return problems.stream()
                .map(problem -> problem.isError() ? problem : problem.about(kept))
                .toList();
    }

    /** A valid entity of the file, the relations it implies and the document it was read from. */
    private record Read(Entity entity, DerivedRelations relations, ParsedDocument document) {}

    /**
     * Keeps the later of two documents defining the same entity, as Backstage does, with a warning naming both
     * documents.
     */
    private static java.util.Optional<DescriptorProblem> keepLast(Map<EntityRef, Read> read, Read later) {
        Read earlier = read.remove(later.entity().ref());
        read.put(later.entity().ref(), later);
        if (earlier == null) {
            return java.util.Optional.empty();
        }
        ParsedDocument first = earlier.document();
        ParsedDocument second = later.document();
        DescriptorProblem at = at(
                second,
                "/metadata/name",
                "Entity " + later.entity().ref() + " is defined twice in this file: in document "
                        + (first.index() + 1) + " (" + place(first) + ") and in document " + (second.index() + 1)
                        + " (" + place(second) + "). The later one is kept, as Backstage does; remove or rename"
                        + " the other.");
        return java.util.Optional.of(DescriptorProblem.warning(at.file(), at.line(), at.column(), at.message()));
    }

    private static String place(ParsedDocument document) {
        return document.file()
                + document.positions()
                        .nearest("/metadata/name")
                        .or(() -> document.positions().nearest(""))
                        .map(at -> ":" + at.line())
                        .orElse("");
    }

    private static java.util.Optional<Entity> toEntity(ParsedDocument document, List<DescriptorProblem> problems) {
        try {
            return java.util.Optional.of(Entity.fromJson(document.content()));
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
