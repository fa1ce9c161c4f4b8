package dev.socle.catalog.training;

import java.nio.file.Path;

/**
 * Training writes and deletes a whole organisation, so it runs only when the database and the search index lie in
 * its own directory. Environment variables outrank the {@code training} profile's settings: a production
 * {@code SPRING_DATASOURCE_URL} left in the environment would otherwise win.
 */
final class ThrowawayStorage {

    private static final String H2_FILE = "jdbc:h2:file:";

    private ThrowawayStorage() {}

    /** @throws IllegalStateException naming what to unset, without echoing the URL (it may hold a password) */
    static void require(String datasourceUrl, Path indexDirectory, Path trainingDirectory) {
        Path root = trainingDirectory.toAbsolutePath().normalize();
        boolean database = datasourceUrl.startsWith(H2_FILE)
                && Path.of(datasourceUrl.substring(H2_FILE.length()).split(";")[0])
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(root);
        boolean index = indexDirectory.toAbsolutePath().normalize().startsWith(root);
        if (!database || !index) {
            throw new IllegalStateException("The training run writes only under " + root + ", but "
                    + (database ? "the search index" : "the database") + " is configured elsewhere; unset "
                    + (database ? "SOCLE_CATALOG_SEARCH_INDEXDIRECTORY" : "SPRING_DATASOURCE_URL")
                    + " for the training run.");
        }
    }
}
