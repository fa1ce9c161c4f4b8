package dev.socle.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.socle.catalog.LocationProblem;
import dev.socle.catalog.RegisteredLocation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes of Backstage's catalog API, as its clients read and write them. */
final class CatalogRestDtos {

    private CatalogRestDtos() {}

    /**
     * A location as Backstage returns it, {@code {id, type, target}}. Where it is read back ({@code GET}), Socle adds
     * the outcome of its last read, which Backstage's clients ignore: {@code status} ({@code ok}, {@code error} or
     * {@code pending}; warnings alone leave it {@code ok}), {@code message}, {@code lastRead}, {@code commit}, and its {@code problems} (at most
     * {@value #MAX_PROBLEMS}, of {@code problemCount}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LocationDto(
            String id,
            String type,
            String target,
            @Nullable String status,
            @Nullable String message,
            @Nullable String lastRead,
            @Nullable String commit,
            @Nullable Integer problemCount,
            @Nullable List<LocationProblemDto> problems) {

        static final int MAX_PROBLEMS = 100;

        static LocationDto of(RegisteredLocation location) {
            return new LocationDto(
                    location.id().toString(),
                    location.type().value(),
                    location.target(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        static LocationDto withStatus(RegisteredLocation location, List<LocationProblem> problems) {
            return new LocationDto(
                    location.id().toString(),
                    location.type().value(),
                    location.target(),
                    location.status(),
                    location.statusMessage(),
                    location.lastRefreshedAt() == null
                            ? null
                            : location.lastRefreshedAt().toString(),
                    location.lastCommit(),
                    problems.size(),
                    problems.stream()
                            .limit(MAX_PROBLEMS)
                            .map(LocationProblemDto::of)
                            .toList());
        }
    }

    /**
     * One problem of a location's last read, where it is ({@code line} and {@code column} only when known), its
     * {@code kind} and its {@code level}: {@code warning} for a warning, which leaves the location {@code ok}, else
     * {@code error}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LocationProblemDto(
            String file,
            @Nullable Integer line,
            @Nullable Integer column,
            String message,
            String kind,
            String level,
            @Nullable String entityRef,
            @Nullable String commit) {

        static LocationProblemDto of(LocationProblem problem) {
            return new LocationProblemDto(
                    problem.file(),
                    problem.hasPosition() ? problem.line() : null,
                    problem.hasPosition() ? problem.column() : null,
                    problem.message(),
                    problem.kind().value(),
                    problem.level().value(),
                    problem.entityRef(),
                    problem.sourceCommit());
        }
    }

    /** {@code GET /locations} wraps each location in {@code data}. */
    record LocationEnvelope(LocationDto data) {}

    /** A location named by type and target only, as in a dry run ({@code id} is {@code type:target}). */
    record LocationSpec(String type, String target) {}

    /** A dry run's location: Backstage's id is {@code type:target}, as nothing was stored. */
    record DryRunLocation(String id, String type, String target) {}

    /** {@code POST /locations} request. */
    record AddLocationRequest(
            @Nullable String type, @Nullable String target) {}

    /**
     * {@code POST /locations} response: the registered {@link LocationDto}, or for a dry run a
     * {@link DryRunLocation} with the entities, {@code exists} and, which Backstage's clients ignore, the warnings
     * reading found in {@code problems} ({@code file}, {@code line}, {@code column}, {@code message}, {@code level}:
     * a dry run with errors answers 400 instead).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddLocationResponse(
            Object location,
            List<ObjectNode> entities,
            @Nullable Boolean exists,
            @Nullable List<Map<String, Object>> problems) {}

    /** {@code GET /entities/by-query} response. */
    record EntityPageResponse(List<ObjectNode> items, long totalItems, PageInfo pageInfo) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageInfo(@Nullable String nextCursor, @Nullable String prevCursor) {}

    /** {@code POST /entities/by-refs} request. */
    record ByRefsRequest(
            @Nullable List<String> entityRefs, @Nullable List<String> fields) {}

    /** {@code POST /entities/by-refs} response: one item per ref, {@code null} where there is none. */
    record ByRefsResponse(List<@Nullable ObjectNode> items) {}

    record FacetsResponse(Map<String, List<FacetValue>> facets) {}

    record FacetValue(String value, long count) {}

    record AncestryResponse(String rootEntityRef, List<AncestryItemDto> items) {}

    record AncestryItemDto(ObjectNode entity, List<String> parentEntityRefs) {}

    record RefreshRequest(@Nullable String entityRef) {}

    record ValidateEntityRequest(
            @Nullable JsonNode entity, @Nullable String location) {}

    /** {@code POST /validate-entity} answer when invalid: Backstage's serialized errors. */
    record ValidationErrors(List<SerializedError> errors) {}

    record SerializedError(String name, String message) {}

    record AnalyzeLocationRequest(
            @Nullable AddLocationRequest location, @Nullable String catalogFilename) {}

    /**
     * {@code POST /analyze-location}: the entities of the descriptor found, or, when the repository has none, the
     * component to generate for it (Backstage's {@code RepoLocationAnalyzer}).
     */
    record AnalyzeLocationResponse(
            List<ExistingEntityFile> existingEntityFiles, List<GenerateEntity> generateEntities) {}

    /** An entity of a descriptor found; {@code isRegistered} says whether that descriptor's location is. */
    record ExistingEntityFile(LocationSpec location, boolean isRegistered, ObjectNode entity) {}

    /** An entity to write into a new descriptor, and the fields a person should fill in (none, as in Backstage). */
    record GenerateEntity(ObjectNode entity, List<Object> fields) {}

    /** One change in an entity's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryEntryDto(
            long id,
            String entityRef,
            String uid,
            String changedAt,
            String change,
            String trigger,
            @Nullable String actor,
            @Nullable String locationId,
            @Nullable String sourceCommit,
            @Nullable JsonNode diff) {}

    record HistoryResponse(String entityRef, List<HistoryEntryDto> items) {}
}
