package dev.socle.catalog.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SyntheticOrganisation} wrote.
 *
 * @param directory the organisation's root folder, whose {@link SyntheticOrganisation#ROOT_FILE} lists every file
 * @param entities every entity the files declare, the root Location (and nested ones) included
 * @param counts entities per kind, the root Location excluded, in the order the benchmark reports them
 * @param files descriptor files the Locations list
 * @param expectedRelations a sample of relations, on both of their ends, that the stitched catalog must show
 */
public record GeneratedOrganisation(
        Path directory,
        int entities,
        Map<String, Integer> counts,
        List<String> files,
        List<ExpectedRelation> expectedRelations) {

    public GeneratedOrganisation {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        files = List.copyOf(files);
        expectedRelations = List.copyOf(expectedRelations);
    }
}
