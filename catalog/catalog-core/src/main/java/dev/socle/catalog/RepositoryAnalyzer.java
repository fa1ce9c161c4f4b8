package dev.socle.catalog;

import dev.socle.catalog.ingest.LocationTargetParser;
import dev.socle.catalog.ingest.RepositoryHeads;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Backstage's {@code analyze-location}: what registering a location or a whole repository would bring. A file or
 * folder location is read as a dry run; a plain repository URL ({@code https://host/org/repo}, as Backstage's import
 * flow sends it) is looked at for a descriptor at the root of its default branch, and when there is none, the caller
 * is told what to generate.
 */
@Service
public class RepositoryAnalyzer {

    /** Backstage's default {@code catalogFilename}. */
    public static final String DEFAULT_CATALOG_FILENAME = "catalog-info.yaml";

    private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    /** The annotation Backstage adds to a generated component, for the hosts whose integration it knows. */
    private static final Map<String, String> SLUG_ANNOTATIONS = Map.of(
            "github.com", "github.com/project-slug",
            "gitlab.com", "gitlab.com/project-slug",
            "bitbucket.org", "bitbucket.org/project-slug",
            "dev.azure.com", "dev.azure.com/project-slug");

    private final CatalogService catalog;
    private final RepositoryHeads heads;

    RepositoryAnalyzer(CatalogService catalog, RepositoryHeads heads) {
        this.catalog = catalog;
        this.heads = heads;
    }

    /**
     * What the location holds.
     *
     * @param catalogFilename the descriptor looked for at the root of a repository, or {@code null} for
     *     {@value #DEFAULT_CATALOG_FILENAME}
     * @throws InvalidInputException when the target is neither a location nor a repository URL Socle understands
     * @throws dev.socle.plugin.NotAllowedException when reading it is not allowed by configuration
     */
    public LocationAnalysis analyze(String type, String target, @Nullable String catalogFilename) {
        String filename = filename(catalogFilename);
        Optional<URI> repositoryUrl = repositoryUrl(type, target);
        try {
            LocationTargetParser.parse(type, target);
        } catch (InvalidInputException notALocation) {
            if (repositoryUrl.isEmpty()) {
                throw notALocation;
            }
            return analyzeRepository(repositoryUrl.get(), filename);
        }
        return LocationAnalysis.found(type, target, catalog.analyzeLocation(type, target));
    }

    private LocationAnalysis analyzeRepository(URI repository, String filename) {
        String branch = heads.defaultBranch(repository);
        String file = fileUrl(repository, branch, filename);
        try {
            return LocationAnalysis.found("url", file, catalog.analyzeLocation("url", file));
        } catch (NotFoundException noDescriptor) {
            List<String> segments = segments(repository);
            String name = segments.getLast().replaceFirst("\\.git$", "");
            String owner = segments.size() > 1 ? segments.get(segments.size() - 2) : null;
            String annotation = repository.getHost() == null
                    ? null
                    : SLUG_ANNOTATIONS.get(repository.getHost().toLowerCase(Locale.ROOT));
            return LocationAnalysis.toGenerate(
                    name, annotation == null || owner == null ? Map.of() : Map.of(annotation, owner + "/" + name));
        }
    }

    private static String filename(@Nullable String catalogFilename) {
        if (catalogFilename == null || catalogFilename.isBlank()) {
            return DEFAULT_CATALOG_FILENAME;
        }
        String name = catalogFilename.trim();
        if (!FILENAME.matcher(name).matches() || Arrays.asList(name.split("/")).contains("..")) {
            throw new InvalidInputException("catalogFilename '" + catalogFilename + "' is not a path inside the"
                    + " repository; give a relative file name such as catalog-info.yaml.");
        }
        return name;
    }

    /** A plain repository URL: {@code http(s)://host/owner/repo[.git]} or {@code file:///path/repo}. */
    private static Optional<URI> repositoryUrl(String type, String target) {
        if (!type.equals("url")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && segments(uri).size() >= 2;
            boolean local = scheme.equals("file")
                    && uri.getRawAuthority() == null
                    && !segments(uri).isEmpty();
            if (uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null
                    || !web && !local) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException notAUrl) {
            return Optional.empty();
        }
    }

    /** The descriptor's URL in the form the location parser reads for this kind of repository URL. */
    private static String fileUrl(URI repository, String branch, String filename) {
        String base = repository.toString();
        if (repository.getScheme().equalsIgnoreCase("file")
                || repository.getPath().endsWith(".git")) {
            return base + "?ref=" + branch + "&path=" + filename;
        }
        return base + (segments(repository).size() == 2 ? "/blob/" : "/-/blob/") + branch + "/" + filename;
    }

    private static List<String> segments(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
