package dev.socle.catalog.rest;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.LocationRegistration;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.rest.CatalogRestDtos.AddLocationRequest;
import dev.socle.catalog.rest.CatalogRestDtos.AddLocationResponse;
import dev.socle.catalog.rest.CatalogRestDtos.AnalyzeLocationRequest;
import dev.socle.catalog.rest.CatalogRestDtos.AnalyzeLocationResponse;
import dev.socle.catalog.rest.CatalogRestDtos.ExistingEntityFile;
import dev.socle.catalog.rest.CatalogRestDtos.LocationDto;
import dev.socle.catalog.rest.CatalogRestDtos.LocationEnvelope;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotFoundException;
import java.util.List;
import java.util.UUID;
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

/** Locations: register (or dry-run), list, look up, unregister, in Backstage's shapes. */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json")
class LocationsController {

    private final CatalogService catalog;

    LocationsController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/locations")
    List<LocationEnvelope> locations() {
        return catalog.locations().stream().map(location -> new LocationEnvelope(LocationDto.of(location))).toList();
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    AddLocationResponse add(@RequestBody AddLocationRequest request,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Authentication caller) {
        String type = required(request.type(), "type", "url");
        String target = required(request.target(), "target", "https://git.example.com/org/repo/blob/main/catalog-info.yaml");
        LocationRegistration registration = dryRun
                ? catalog.analyzeLocation(type, target)
                : catalog.registerLocation(type, target, caller.getName());
        return new AddLocationResponse(LocationDto.of(registration.location()), registration.entities(),
                dryRun ? registration.exists() : null);
    }

    @GetMapping("/locations/{id}")
    LocationDto location(@PathVariable String id) {
        return catalog.location(uuid(id)).map(LocationDto::of)
                .orElseThrow(() -> new NotFoundException("Found no location with ID " + id));
    }

    @DeleteMapping("/locations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Authentication caller) {
        catalog.unregisterLocation(uuid(id), caller.getName());
    }

    @GetMapping("/locations/by-entity/{kind}/{namespace}/{name}")
    LocationDto byEntity(@PathVariable String kind, @PathVariable String namespace, @PathVariable String name) {
        return catalog.locationOf(new EntityRef(kind, namespace, name)).map(LocationDto::of)
                .orElseThrow(() -> EntitiesController.notFound(kind, namespace, name));
    }

    @PostMapping("/analyze-location")
    AnalyzeLocationResponse analyze(@RequestBody AnalyzeLocationRequest request) {
        AddLocationRequest location = request.location();
        if (location == null) {
            throw new InvalidInputException("Send {\"location\": {\"type\": \"url\", \"target\": \"...\"}}.");
        }
        LocationRegistration analysis = catalog.analyzeLocation(required(location.type(), "location.type", "url"),
                required(location.target(), "location.target", "https://git.example.com/org/repo"));
        LocationDto dto = LocationDto.of(analysis.location());
        return new AnalyzeLocationResponse(analysis.entities().stream()
                .map(entity -> new ExistingEntityFile(analysis.exists(), dto, entity)).toList(), List.of());
    }

    private static String required(@org.jspecify.annotations.Nullable String value, String field, String example) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("'" + field + "' is required, e.g. \"" + example + "\".");
        }
        return value.trim();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Found no location with ID " + id);
        }
    }
}
