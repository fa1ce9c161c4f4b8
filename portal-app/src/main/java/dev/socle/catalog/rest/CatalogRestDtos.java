package dev.socle.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.socle.catalog.RegisteredLocation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shapes of Backstage's catalog API, as its clients read and write them. */
final class CatalogRestDtos {

    private CatalogRestDtos() {
    }

    /** A location as Backstage returns it. */
    record LocationDto(String id, String type, String target) {
        static LocationDto of(RegisteredLocation location) {
            return new LocationDto(location.id().toString(), location.type().value(), location.target());
        }
    }

    /** {@code GET /locations} wraps each location in {@code data}. */
    record LocationEnvelope(LocationDto data) {
    }

    /** {@code POST /locations} request. */
    record AddLocationRequest(@Nullable String type, @Nullable String target) {
    }

    /** {@code POST /locations} response; {@code exists} only on dry runs. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddLocationResponse(LocationDto location, List<ObjectNode> entities, @Nullable Boolean exists) {
    }

    /** {@code GET /entities/by-query} response. */
    record EntityPageResponse(List<ObjectNode> items, long totalItems, PageInfo pageInfo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageInfo(@Nullable String nextCursor, @Nullable String prevCursor) {
    }

    /** {@code POST /entities/by-refs} request. */
    record ByRefsRequest(@Nullable List<String> entityRefs, @Nullable List<String> fields) {
    }

    /** {@code POST /entities/by-refs} response: one item per ref, {@code null} where there is none. */
    record ByRefsResponse(List<@Nullable ObjectNode> items) {
    }

    record FacetsResponse(Map<String, List<FacetValue>> facets) {
    }

    record FacetValue(String value, long count) {
    }

    record AncestryResponse(String rootEntityRef, List<AncestryItemDto> items) {
    }

    record AncestryItemDto(ObjectNode entity, List<String> parentEntityRefs) {
    }

    record RefreshRequest(@Nullable String entityRef) {
    }

    record ValidateEntityRequest(@Nullable JsonNode entity, @Nullable String location) {
    }

    /** {@code POST /validate-entity} answer when invalid: Backstage's serialized errors. */
    record ValidationErrors(List<SerializedError> errors) {
    }

    record SerializedError(String name, String message) {
    }

    record AnalyzeLocationRequest(@Nullable AddLocationRequest location, @Nullable String catalogFilename) {
    }

    /** {@code POST /analyze-location}: what the location already holds; Socle does not generate entities. */
    record AnalyzeLocationResponse(List<ExistingEntityFile> existingEntityFiles, List<Object> generateEntities) {
    }

    record ExistingEntityFile(boolean isRegistered, LocationDto location, ObjectNode entity) {
    }

    /** One change in an entity's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryEntryDto(long id, String entityRef, String uid, String changedAt, String change, String trigger,
            @Nullable String actor, @Nullable String locationId, @Nullable String sourceCommit,
            @Nullable JsonNode diff) {
    }

    record HistoryResponse(String entityRef, List<HistoryEntryDto> items) {
    }
}
