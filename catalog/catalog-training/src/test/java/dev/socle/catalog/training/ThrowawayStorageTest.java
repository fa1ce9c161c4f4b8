package dev.socle.catalog.training;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThrowawayStorageTest {

    private static final Path TRAINING = Path.of("/tmp/socle-training");
    private static final Path TRAINING_INDEX = TRAINING.resolve("catalog-index");

    @Test
    void theTrainingProfilesOwnDatabaseAndIndexAreAccepted() {
        assertThatCode(() -> ThrowawayStorage.require(
                        "jdbc:h2:file:/tmp/socle-training/socle;MODE=PostgreSQL", TRAINING_INDEX, TRAINING))
                .doesNotThrowAnyException();
        assertThatCode(() -> ThrowawayStorage.require(
                        "jdbc:h2:file:/tmp//socle-training/./socle", TRAINING_INDEX, Path.of("/tmp/")))
                .doesNotThrowAnyException();
    }

    @Test
    void aProductionDatabaseIsRefusedWithoutEchoingItsUrl() {
        assertThatThrownBy(() -> ThrowawayStorage.require(
                        "jdbc:postgresql://db.internal/socle?password=s3cret-password", TRAINING_INDEX, TRAINING))
                .hasMessageContaining("unset SPRING_DATASOURCE_URL")
                .hasMessageNotContaining("s3cret-password");
    }

    @Test
    void anH2DatabaseOutsideTheTrainingDirectoryIsRefused() {
        assertThatThrownBy(() -> ThrowawayStorage.require("jdbc:h2:file:./data/socle", TRAINING_INDEX, TRAINING))
                .hasMessageContaining("the database");
        assertThatThrownBy(() -> ThrowawayStorage.require(
                        "jdbc:h2:file:/tmp/socle-training/../data/socle", TRAINING_INDEX, TRAINING))
                .hasMessageContaining("the database");
    }

    @Test
    void aSearchIndexOutsideTheTrainingDirectoryIsRefused() {
        assertThatThrownBy(() -> ThrowawayStorage.require(
                        "jdbc:h2:file:/tmp/socle-training/socle", Path.of("/srv/socle/catalog-index"), TRAINING))
                .hasMessageContaining("unset SOCLE_CATALOG_SEARCH_INDEXDIRECTORY");
    }
}
