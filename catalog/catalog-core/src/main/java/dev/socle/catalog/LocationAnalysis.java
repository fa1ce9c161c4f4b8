package dev.socle.catalog;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RepositoryAnalyzer} found: either a descriptor location and what a dry run of it holds, or, for a
 * repository without a descriptor, the component to generate for it.
 *
 * @param type the type of the location read, when one was found
 * @param target the location read (for a repository, the URL of its descriptor), when one was found
 * @param found the dry run of that location, or {@code null} when the repository has no descriptor
 * @param generateName the name of the component to generate, when nothing was found
 * @param generateAnnotations annotations of the component to generate, e.g. {@code github.com/project-slug}
 */
public record LocationAnalysis(
        @Nullable String type,
        @Nullable String target,
        @Nullable LocationRegistration found,
        @Nullable String generateName,
        Map<String, String> generateAnnotations) {

    public LocationAnalysis {
        generateAnnotations = Map.copyOf(generateAnnotations);
    }

    static LocationAnalysis found(String type, String target, LocationRegistration dryRun) {
        return new LocationAnalysis(type, target, dryRun, null, Map.of());
    }

    static LocationAnalysis toGenerate(String name, Map<String, String> annotations) {
        return new LocationAnalysis(null, null, null, name, annotations);
    }
}
