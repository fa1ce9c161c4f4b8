package dev.socle.catalog.rest;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.model.DescriptorProblem;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.rest.CatalogRestDtos.RefreshRequest;
import dev.socle.catalog.rest.CatalogRestDtos.SerializedError;
import dev.socle.catalog.rest.CatalogRestDtos.ValidateEntityRequest;
import dev.socle.catalog.rest.CatalogRestDtos.ValidationErrors;
import dev.socle.plugin.InvalidInputException;
import java.util.List;
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

    @PostMapping("/refresh")
    ResponseEntity<Void> refresh(@RequestBody RefreshRequest request, Authentication caller) {
        if (request.entityRef() == null) {
            throw new InvalidInputException("Send {\"entityRef\": \"component:default/name\"} in the body.");
        }
        catalog.refreshEntity(EntityRef.parse(request.entityRef()), caller.getName());
        return ResponseEntity.ok().build();
    }

    /** Backstage answers 200 with no body when valid, 400 with {@code {errors: [...]}} when not. */
    @PostMapping("/validate-entity")
    ResponseEntity<ValidationErrors> validate(@RequestBody ValidateEntityRequest request) {
        if (request.entity() == null || !request.entity().isObject()) {
            throw new InvalidInputException("Send {\"entity\": {...}, \"location\": \"url:...\"} in the body.");
        }
        List<DescriptorProblem> problems = catalog.validateEntity(request.entity());
        if (problems.isEmpty()) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.badRequest().body(new ValidationErrors(problems.stream()
                .map(problem -> new SerializedError("InputError", problem.message())).toList()));
    }
}
