package dev.socle.catalog.rest;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.EntityRefresh;
import dev.socle.catalog.LocationClaimHolder;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.rest.CatalogRestDtos.RefreshRequest;
import dev.socle.catalog.rest.CatalogRestDtos.SerializedError;
import dev.socle.catalog.rest.CatalogRestDtos.ValidateEntityRequest;
import dev.socle.catalog.rest.CatalogRestDtos.ValidationErrors;
import dev.socle.plugin.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Refresh on demand and entity validation, in Backstage's shapes. */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json")
class CatalogOperationsController {

    private final CatalogService catalog;

    CatalogOperationsController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * Backstage's refresh: 200 with no body once the entity's location was read. When a read of the location is
     * already under way, the refresh is queued behind it and the answer is still 200 (Backstage's client accepts only
     * 200 and ignores the body), with a body that says so.
     */
    @PostMapping("/refresh")
    ResponseEntity<RefreshQueued> refresh(
            @RequestBody(required = false) @Nullable RefreshRequest request, Authentication caller) {
        if (request == null
                || request.entityRef() == null
                || request.entityRef().isBlank()) {
            throw new InvalidInputException("Missing entityRef: refresh takes the entity to read again, as in"
                    + " Backstage. Send {\"entityRef\": \"component:default/name\"} with"
                    + " Content-Type: application/json.");
        }
        EntityRefresh refresh = catalog.refreshEntity(EntityRef.parse(request.entityRef()), caller.getName());
        LocationClaimHolder reading = refresh.queuedBehind();
        if (reading == null) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.ok()
                .body(new RefreshQueued(
                        "queued",
                        refresh.message(),
                        refresh.locationId().toString(),
                        reading.instance(),
                        reading.since().toString()));
    }

    /**
     * A refresh that follows a read under way.
     *
     * @param status always {@code queued}
     * @param message who reads the location since when, and that the refresh follows
     * @param locationId the location that manages the entity
     * @param readBy the instance reading it
     * @param readingSince when that read began
     */
    record RefreshQueued(String status, String message, String locationId, String readBy, String readingSince) {}

    /**
     * Backstage's validation: 200 with no body when valid; 400 with {@code {errors: [{name, message}]}} when the
     * entity is invalid, and also when the body is incomplete: {@code entity} must be an object and
     * {@code location} a location ref of type url ({@code url:https://host/path}), as Backstage requires.
     */
    @PostMapping("/validate-entity")
    ResponseEntity<ValidationErrors> validate(@RequestBody ValidateEntityRequest request) {
        if (request.location() == null || request.location().isBlank()) {
            return invalid(
                    "InputError",
                    "Malformed request: 'location' is required, a location ref such as"
                            + " url:https://git.example.com/org/repo/blob/main/catalog-info.yaml.");
        }
        int colon = request.location().indexOf(':');
        if (colon < 1 || colon == request.location().length() - 1) {
            return invalid(
                    "TypeError",
                    "Unable to parse location ref '" + request.location() + "', expected"
                            + " '<type>:<target>', e.g. 'url:https://host/path'.");
        }
        if (!request.location().substring(0, colon).equals("url")) {
            return invalid(
                    "TypeError",
                    "Invalid location ref " + request.location() + ", only 'url:<target>' is"
                            + " supported, e.g. url:https://host/path.");
        }
        if (request.entity() == null || !request.entity().isObject()) {
            return invalid(
                    "InputError",
                    "Malformed request: 'entity' must be an entity object with apiVersion,"
                            + " kind, metadata and spec.");
        }
        List<DescriptorProblem> problems = catalog.validateEntity(request.entity());
        if (problems.isEmpty()) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.badRequest()
                .body(new ValidationErrors(problems.stream()
                        .map(problem -> new SerializedError("InputError", problem.message()))
                        .toList()));
    }

    private static ResponseEntity<ValidationErrors> invalid(String name, String message) {
        return ResponseEntity.badRequest().body(new ValidationErrors(List.of(new SerializedError(name, message))));
    }
}
