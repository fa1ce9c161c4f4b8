package dev.socle.catalog.rest;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityFilterMatcher;
import dev.socle.catalog.query.EntityPage;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.catalog.query.HistoryEntry;
import dev.socle.catalog.query.OrderField;
import dev.socle.catalog.query.StoredEntity;
import dev.socle.catalog.rest.CatalogRestDtos.AncestryItemDto;
import dev.socle.catalog.rest.CatalogRestDtos.AncestryResponse;
import dev.socle.catalog.rest.CatalogRestDtos.ByRefsRequest;
import dev.socle.catalog.rest.CatalogRestDtos.ByRefsResponse;
import dev.socle.catalog.rest.CatalogRestDtos.EntityPageResponse;
import dev.socle.catalog.rest.CatalogRestDtos.FacetValue;
import dev.socle.catalog.rest.CatalogRestDtos.FacetsResponse;
import dev.socle.catalog.rest.CatalogRestDtos.HistoryEntryDto;
import dev.socle.catalog.rest.CatalogRestDtos.HistoryResponse;
import dev.socle.catalog.rest.CatalogRestDtos.PageInfo;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Entity reads and deletes, in Backstage's shapes. */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json")
class EntitiesController {

    private static final Logger log = LoggerFactory.getLogger(EntitiesController.class);
    /** Backstage's {@code DEFAULT_LIMIT} of {@code queryEntities}. */
    private static final int QUERY_DEFAULT_LIMIT = 200;

    /** How many refs one {@code POST /entities/by-refs} takes; Backstage's clients send at most a few hundred. */
    static final int MAX_REFS_PER_CALL = 10_000;

    private final CatalogQueries queries;
    private final CatalogService catalog;
    private final LegacyEntityList legacyList;

    EntitiesController(CatalogQueries queries, CatalogService catalog, JsonMapper jsonMapper) {
        this.queries = queries;
        this.catalog = catalog;
        this.legacyList = new LegacyEntityList(new EntityWalk(queries), jsonMapper);
    }

    /**
     * Backstage's legacy list, a plain JSON array: {@code filter}, {@code fields}, {@code order}, and optionally
     * {@code offset} (matches to skip) or {@code after} (a cursor from a {@code Link} header). Without {@code limit},
     * every match, streamed page by page so memory stays bounded however many there are; with {@code limit}, that
     * many, plus a {@code Link: <...after=...>; rel="next"} header when more follow, as Backstage sends.
     */
    @GetMapping("/entities")
    @Parameters({
        @Parameter(
                name = "filter",
                in = ParameterIn.QUERY,
                description = "Filter sets, e.g." + " kind=component,spec.type=service; repeat for alternatives (OR)",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = "order",
                in = ParameterIn.QUERY,
                description = "Sort keys, e.g. asc:metadata.name",
                array = @ArraySchema(schema = @Schema(type = "string")))
    })
    @ApiResponse(
            responseCode = "200",
            description = "The matching entities; a Link header names the next page",
            content = @Content(array = @ArraySchema(schema = @Schema(type = "object"))))
    void entities(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(name = "fields", required = false) @Nullable List<String> fields,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "after", required = false) @Nullable String after)
            throws IOException {
        int skip = QueryParameters.integer("offset", offset, 0);
        if (skip < 0) {
            throw new InvalidInputException("offset must be zero or more but is " + skip
                    + "; give the number of matching entities to skip, e.g. offset=20.");
        }
        if (skip > 0 && after != null) {
            throw new InvalidInputException("offset " + skip + " cannot be combined with a cursor: the cursor"
                    + " already says where the page starts. Leave out one of them.");
        }
        Integer pageSize = limit == null ? null : QueryParameters.integer("limit", limit, 0);
        if (pageSize != null && pageSize < 1) {
            throw new InvalidInputException(
                    "limit must be 1 or more but is " + pageSize + "; leave it out to get every matching entity.");
        }
        EntityWalk.Position start = after != null
                ? EntityWalk.Position.after(after)
                : EntityWalk.Position.first(
                        EntityFilter.parse(QueryParameters.all(request, "filter")),
                        QueryParameters.all(request, "order").stream()
                                .map(EntitiesController::legacyOrder)
                                .toList());
        legacyList.write(request, response, start, skip, pageSize, FieldProjection.parse(orNone(fields)));
    }

    /**
     * Backstage's paged query. Like Backstage, 200 entities a page unless {@code limit} says otherwise (at most
     * {@value EntityQuery#MAX_LIMIT}), and {@code limit=0} answers only {@code totalItems}.
     */
    @GetMapping("/entities/by-query")
    @Parameters({
        @Parameter(
                name = "filter",
                in = ParameterIn.QUERY,
                description = "Filter sets, e.g." + " kind=component,spec.type=service; repeat for alternatives (OR)",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = "orderField",
                in = ParameterIn.QUERY,
                description = "Sort keys, e.g." + " metadata.name,asc",
                array = @ArraySchema(schema = @Schema(type = "string")))
    })
    EntityPageResponse byQuery(
            HttpServletRequest request,
            @RequestParam(name = "fields", required = false) @Nullable List<String> fields,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam(name = "offset", required = false) @Nullable String offset,
            @RequestParam(name = "fullTextFilterTerm", required = false) @Nullable String fullTextTerm,
            @RequestParam(name = "fullTextFilterFields", required = false) @Nullable List<String> fullTextFields) {
        int pageSize = QueryParameters.integer("limit", limit, QUERY_DEFAULT_LIMIT);
        boolean countOnly = pageSize == 0;
        List<String> filter = QueryParameters.all(request, "filter");
        List<String> orderField = QueryParameters.all(request, "orderField");
        int querySize = countOnly ? 1 : pageSize;
        EntityQuery query = cursor != null
                ? EntityQuery.page(cursor, querySize)
                : new EntityQuery(
                        EntityFilter.parse(filter),
                        orderField.stream().map(OrderField::parse).toList(),
                        querySize,
                        null,
                        blankToNull(fullTextTerm),
                        commaSeparated(orNone(fullTextFields)),
                        QueryParameters.integer("offset", offset, 0));
        EntityPage page = queries.query(query);
        if (countOnly) {
            return new EntityPageResponse(List.of(), page.totalItems(), new PageInfo(null, null));
        }
        FieldProjection projection = FieldProjection.parse(orNone(fields));
        return new EntityPageResponse(
                page.items().stream()
                        .map(entity -> projection.apply(entity.body()))
                        .toList(),
                page.totalItems(),
                new PageInfo(page.nextCursor(), page.prevCursor()));
    }

    @GetMapping("/entities/by-uid/{uid}")
    ObjectNode byUid(@PathVariable String uid) {
        return catalog.entityWithStatusByUid(uid)
                .map(EntityStatusJson::of)
                .orElseThrow(() -> new NotFoundException("No entity with uid " + uid));
    }

    /** Like Backstage, 204 also when no entity has the uid: the entity is gone either way. */
    @DeleteMapping("/entities/by-uid/{uid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteByUid(@PathVariable String uid, Authentication caller) {
        try {
            catalog.deleteEntity(uid, caller.getName());
        } catch (NotFoundException alreadyGone) {
            log.debug("No entity with uid {} to delete: {}", uid, alreadyGone.getMessage());
        }
    }

    @GetMapping("/entities/by-name/{kind}/{namespace}/{name}")
    JsonNode byName(
            @PathVariable String kind,
            @PathVariable String namespace,
            @PathVariable String name,
            @RequestParam(name = "asOf", required = false) @Nullable String asOf) {
        EntityRef ref = new EntityRef(kind, namespace, name);
        if (asOf != null) {
            return queries.asOf(ref, instant(asOf))
                    .orElseThrow(() -> new NotFoundException("No entity named '" + name + "' with kind '" + kind
                            + "' in namespace '" + namespace + "' existed at " + asOf));
        }
        return catalog.entityWithStatus(ref)
                .map(EntityStatusJson::of)
                .orElseThrow(() -> notFound(kind, namespace, name));
    }

    @GetMapping("/entities/by-name/{kind}/{namespace}/{name}/ancestry")
    AncestryResponse ancestry(@PathVariable String kind, @PathVariable String namespace, @PathVariable String name) {
        var ancestry = queries.ancestry(new EntityRef(kind, namespace, name));
        return new AncestryResponse(
                ancestry.rootEntityRef().canonical(),
                ancestry.items().stream()
                        .map(item -> new AncestryItemDto(
                                item.entity().body(),
                                item.parentEntityRefs().stream()
                                        .map(EntityRef::canonical)
                                        .toList()))
                        .toList());
    }

    /**
     * The entities of the refs, in their order; like Backstage, {@code null} where none exists or where it does
     * not match the {@code filter} parameters. Fields come from the {@code fields} parameters and the body.
     */
    @PostMapping("/entities/by-refs")
    @Parameters({
        @Parameter(
                name = "filter",
                in = ParameterIn.QUERY,
                description = "Filter sets; entities that match" + " none are null",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = "fields",
                in = ParameterIn.QUERY,
                description = "Parts of each entity to keep",
                array = @ArraySchema(schema = @Schema(type = "string")))
    })
    ByRefsResponse byRefs(@RequestBody ByRefsRequest request, HttpServletRequest servletRequest) {
        EntityFilter filter = EntityFilter.parse(QueryParameters.all(servletRequest, "filter"));
        if (request.entityRefs() == null) {
            throw new InvalidInputException("Send {\"entityRefs\": [\"component:default/name\", ...]} in the body.");
        }
        if (request.entityRefs().size() > MAX_REFS_PER_CALL) {
            throw new InvalidInputException(
                    "entityRefs holds " + request.entityRefs().size() + " refs; one call takes" + " at most "
                            + MAX_REFS_PER_CALL + ". Split them into several calls.");
        }
        List<EntityRef> refs =
                request.entityRefs().stream().map(EntityRef::parse).toList();
        List<String> fields = new ArrayList<>(QueryParameters.all(servletRequest, "fields"));
        fields.addAll(orNone(request.fields()));
        FieldProjection projection = FieldProjection.parse(fields);
        List<@Nullable ObjectNode> items = new ArrayList<>();
        for (Optional<StoredEntity> found : queries.byRefs(refs)) {
            items.add(found.filter(entity -> EntityFilterMatcher.matches(filter, entity.body()))
                    .map(entity -> projection.apply(entity.body()))
                    .orElse(null));
        }
        return new ByRefsResponse(items);
    }

    @GetMapping("/entity-facets")
    @Parameters({
        @Parameter(
                name = "facet",
                in = ParameterIn.QUERY,
                required = true,
                description = "Fields to count the" + " values of, e.g. spec.type",
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = "filter",
                in = ParameterIn.QUERY,
                description = "Filter sets, e.g." + " kind=component; repeat for alternatives (OR)",
                array = @ArraySchema(schema = @Schema(type = "string")))
    })
    FacetsResponse facets(HttpServletRequest request) {
        List<String> facet = QueryParameters.all(request, "facet");
        List<String> filter = QueryParameters.all(request, "filter");
        if (facet.isEmpty()) {
            throw new InvalidInputException("Name at least one facet, e.g. ?facet=spec.type");
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        queries.facets(EntityFilter.parse(filter), facet)
                .forEach((key, counts) -> facets.put(
                        key,
                        counts.stream()
                                .map(count -> new FacetValue(count.value(), count.count()))
                                .toList()));
        return new FacetsResponse(facets);
    }

    @GetMapping("/entities/by-name/{kind}/{namespace}/{name}/history")
    HistoryResponse history(@PathVariable String kind, @PathVariable String namespace, @PathVariable String name) {
        EntityRef ref = new EntityRef(kind, namespace, name);
        List<HistoryEntry> entries = queries.history(ref);
        if (entries.isEmpty()) {
            throw notFound(kind, namespace, name);
        }
        return new HistoryResponse(
                ref.canonical(),
                entries.stream()
                        .map(entry -> new HistoryEntryDto(
                                entry.id(),
                                entry.entityRef(),
                                entry.uid().toString(),
                                entry.changedAt().toString(),
                                entry.change(),
                                entry.trigger(),
                                entry.actor(),
                                entry.locationId() == null
                                        ? null
                                        : entry.locationId().toString(),
                                entry.sourceCommit(),
                                entry.diff()))
                        .toList());
    }

    static NotFoundException notFound(String kind, String namespace, String name) {
        return new NotFoundException(
                "No entity named '" + name + "' found, with kind '" + kind + "' in namespace '" + namespace + "'");
    }

    /** Backstage's legacy {@code order=asc:metadata.name}. */
    private static OrderField legacyOrder(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return OrderField.asc(value);
        }
        String direction = value.substring(0, colon);
        String field = value.substring(colon + 1);
        return switch (direction) {
            case "asc" -> OrderField.asc(field);
            case "desc" -> OrderField.desc(field);
            default ->
                throw new InvalidInputException("Order '" + value + "' is not valid: write asc:<field> or "
                        + "desc:<field>, e.g. asc:metadata.name.");
        };
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "asOf '" + value + "' is not an ISO-8601 instant; write e.g. " + "2026-11-23T10:15:30Z.", e);
        }
    }

    private static List<String> commaSeparated(List<String> values) {
        return values.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static <T> List<T> orNone(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
