package dev.socle.catalog.rest;

import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the command-line catalog validator that the build puts into socle.jar, so a CI job downloads the one that
 * applies this server's rules. Authenticated like every {@code /api} route.
 */
@RestController
class ValidatorDownloadController {

    /** Where the build copies {@code socle-catalog-model-*-cli.jar} on the classpath. */
    static final String JAR = "socle/tools/socle-catalog-validator.jar";

    private static final MediaType JAVA_ARCHIVE = MediaType.parseMediaType("application/java-archive");

    @GetMapping("/api/tools/catalog-validator.jar")
    ResponseEntity<Resource> validator() throws IOException {
        Resource jar = new ClassPathResource(JAR);
        if (!jar.exists()) {
            throw new NotFoundException("The catalog validator is not part of this build of Socle (" + JAR
                    + " is missing from the classpath); build socle.jar with ./mvnw package, which puts it in, or "
                    + "build the validator itself as /docs/catalog-validator describes.");
        }
        return ResponseEntity.ok()
                .contentType(JAVA_ARCHIVE)
                .contentLength(jar.contentLength())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("socle-catalog-validator.jar")
                                .build()
                                .toString())
                .body(jar);
    }
}
