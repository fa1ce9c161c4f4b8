package dev.socle.catalog.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.SocleApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code training} profile as the AOT training run launches it: the application trains once it is ready and
 * then stops by itself, so that the JVM can end and write its cache; a failed training fails the start instead.
 */
class CatalogTrainingProfileIT {

    @TempDir
    Path temp;

    @Test
    void theTrainingProfileTrainsThenClosesTheApplicationItself() throws IOException {
        ConfigurableApplicationContext context = training()
                .run(arguments("jdbc:h2:file:" + temp.resolve("socle") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH"));

        assertThat(context.isActive()).as("closed once trained").isFalse();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("the organisation's repository is deleted")
                    .noneMatch(name -> name.startsWith("organisation-"));
        }
    }

    @Test
    void aTrainingThatMayNotRunFailsTheStartInsteadOfExitingTheJvm() {
        String elsewhere = "jdbc:h2:mem:production-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";

        assertThatThrownBy(() -> training().run(arguments(elsewhere)))
                .isInstanceOf(TrainingFailedException.class)
                .hasMessageContaining("unset SPRING_DATASOURCE_URL");
    }

    private static SpringApplication training() {
        SpringApplication application = new SpringApplication(SocleApplication.class);
        application.setAdditionalProfiles("training");
        return application;
    }

    private String[] arguments(String datasourceUrl) {
        return new String[] {
            "--spring.datasource.url=" + datasourceUrl,
            "--socle.admin.password=training-admin-password",
            "--socle.catalog.training.entities=200",
            "--socle.catalog.training.directory=" + temp,
            "--socle.catalog.search.index-directory=" + temp.resolve("catalog-index"),
            "--socle.catalog.reading.cache-directory=" + temp.resolve("git-cache"),
            "--socle.catalog.reading.allowed-file-roots=" + temp
        };
    }
}
