package dev.socle.catalog.rest;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.LocationAnalysis;
import dev.socle.catalog.LocationRegistration;
import dev.socle.catalog.LocationService;
import dev.socle.catalog.RegisteredLocation;
import dev.socle.catalog.RepositoryAnalyzer;
import dev.socle.catalog.model.Entity;
import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.rest.CatalogRestDtos.AddLocationRequest;
import dev.socle.catalog.rest.CatalogRestDtos.AddLocationResponse;
import dev.socle.catalog.rest.CatalogRestDtos.AnalyzeLocationRequest;
import dev.socle.catalog.rest.CatalogRestDtos.AnalyzeLocationResponse;
import dev.socle.catalog.rest.CatalogRestDtos.DryRunLocation;
import dev.socle.catalog.rest.CatalogRestDtos.ExistingEntityFile;
import dev.socle.catalog.rest.CatalogRestDtos.GenerateEntity;
import dev.socle.catalog.rest.CatalogRestDtos.LocationDto;
import dev.socle.catalog.rest.CatalogRestDtos.LocationEnvelope;
import dev.socle.catalog.rest.CatalogRestDtos.LocationSpec;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Locations: register (or dry-run), list, look up, unregister, analyse, in Backstage's shapes; reads add each
 * location's last read outcome and problems.
 */
@RestController
@RequestMapping(path = "/api/catalog", produces = "application/json")
class LocationsController {

    private final CatalogService catalog;
    private final LocationService locations;
    private final RepositoryAnalyzer analyzer;

    LocationsController(CatalogService catalog, LocationService locations, RepositoryAnalyzer analyzer) {
        this.catalog = catalog;
        this.locations = locations;
        this.analyzer = analyzer;
    }

    @GetMapping("/locations")
    List<LocationEnvelope> locations() {
        return catalog.locations().stream()
                .map(location -> new LocationEnvelope(withStatus(location)))
                .toList();
    }

    /**
     * Registers the location, or with {@code dryRun=true} reads it without storing anything. Like Backstage, a dry
     * run whose location has an error fails with 400 (here with every problem, positioned, in {@code errors}), and
     * its location's id is {@code type:target}; one with warnings only succeeds and lists them in {@code problems}. A registration answers the location with the outcome of its first
     * read (status and problems, e.g. a target that matches no file).
     */
    @PostMapping("/locations")
    ResponseEntity<?> add(
            @RequestBody AddLocationRequest request,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            Authentication caller,
            HttpServletRequest servletRequest) {
        String type = required(request.type(), "type", "url");
        String target =
                required(request.target(), "target", "https://git.example.com/org/repo/blob/main/catalog-info.yaml");
        if (!dryRun) {
            LocationRegistration registration = catalog.registerLocation(type, target, caller.getName());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new AddLocationResponse(
                            withStatus(registration.location()), json(registration.entities()), null, null));
        }
        LocationRegistration analysis = catalog.analyzeLocation(type, target);
        if (DryRunProblems.failing(analysis.problems())) {
            return DryRunProblems.response(type + ":" + target, analysis.problems(), servletRequest);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new AddLocationResponse(
                        new DryRunLocation(type + ":" + target, type, target),
                        json(analysis.entities()),
                        analysis.exists(),
                        analysis.problems().isEmpty() ? null : DryRunProblems.listed(analysis.problems())));
    }

    @GetMapping("/locations/{id}")
    LocationDto location(@PathVariable String id) {
        return catalog.location(uuid(id))
                .map(this::withStatus)
                .orElseThrow(() -> new NotFoundException("Found no location with ID " + id));
    }

    @DeleteMapping("/locations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Authentication caller) {
        catalog.unregisterLocation(uuid(id), caller.getName());
    }

    @GetMapping("/locations/by-entity/{kind}/{namespace}/{name}")
    LocationDto byEntity(@PathVariable String kind, @PathVariable String namespace, @PathVariable String name) {
        return catalog.locationOf(new EntityRef(kind, namespace, name))
                .map(this::withStatus)
                .orElseThrow(() -> EntitiesController.notFound(kind, namespace, name));
    }

    /**
     * What registering the location would bring. A repository URL ({@code https://host/org/repo}) is looked at for
     * {@code catalogFilename} (default {@code catalog-info.yaml}) at the root of its default branch: its entities,
     * or, when it has none, a component to generate, as Backstage answers.
     */
    @PostMapping("/analyze-location")
    ResponseEntity<?> analyze(@RequestBody AnalyzeLocationRequest request, HttpServletRequest servletRequest) {
        AddLocationRequest location = request.location();
        if (location == null) {
            throw new InvalidInputException("Send {\"location\": {\"type\": \"url\", \"target\": \"...\"}}.");
        }
        LocationAnalysis analysis = analyzer.analyze(
                required(location.type(), "location.type", "url"),
                required(location.target(), "location.target", "https://git.example.com/org/repo"),
                request.catalogFilename());
        LocationRegistration found = analysis.found();
        if (found == null) {
            return ResponseEntity.ok(new AnalyzeLocationResponse(List.of(), List.of(generated(analysis))));
        }
        String type = String.valueOf(analysis.type());
        String target = String.valueOf(analysis.target());
        if (DryRunProblems.failing(found.problems())) {
            return DryRunProblems.response(type + ":" + target, found.problems(), servletRequest);
        }
        LocationSpec spec = new LocationSpec(type, target);
        return ResponseEntity.ok(new AnalyzeLocationResponse(
                found.entities().stream()
                        .map(entity -> new ExistingEntityFile(spec, found.exists(), entity.toJson()))
                        .toList(),
                List.of()));
    }

    private static List<ObjectNode> json(List<Entity> entities) {
        return entities.stream().map(Entity::toJson).toList();
    }

    /** Backstage's generated component: the repository's name, type other, lifecycle unknown. */
    private static GenerateEntity generated(LocationAnalysis analysis) {
        ObjectNode entity = JsonNodeFactory.instance.objectNode();
        entity.put("apiVersion", "backstage.io/v1alpha1");
        entity.put("kind", "Component");
        ObjectNode metadata = entity.putObject("metadata");
        metadata.put("name", analysis.generateName());
        if (!analysis.generateAnnotations().isEmpty()) {
            ObjectNode annotations = metadata.putObject("annotations");
            analysis.generateAnnotations().forEach(annotations::put);
        }
        entity.putObject("spec").put("type", "other").put("lifecycle", "unknown");
        return new GenerateEntity(entity, List.of());
    }

    private LocationDto withStatus(RegisteredLocation location) {
        return LocationDto.withStatus(location, locations.problems(location.id()));
    }

    private static String required(@Nullable String value, String field, String example) {
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
