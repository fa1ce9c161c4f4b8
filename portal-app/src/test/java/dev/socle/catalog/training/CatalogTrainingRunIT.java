package dev.socle.catalog.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.CatalogService;
import dev.socle.catalog.query.CatalogQueries;
import dev.socle.catalog.query.EntityFilter;
import dev.socle.catalog.query.EntityQuery;
import dev.socle.testing.GitSources;
import dev.socle.testing.SocleIntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SocleIntegrationTest
class CatalogTrainingRunIT {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogQueries queries;

    @Test
    void theSyntheticOrganisationIsIngestedWhole_thenRemovedWithItsRepository() {
        Path directory = GitSources.get().root().resolve("training-" + UUID.randomUUID());
        long before = entityCount();

        CatalogTrainingRun.Result result = new CatalogTrainingRun(catalog, queries).train(directory, 400);

        assertThat(result.written())
                .as("400 entities, the root Location and the registration's own")
                .isEqualTo(402);
        assertThat(result.indexed()).isEqualTo(result.written());
        assertThat(entityCount()).isEqualTo(before);
        assertThat(catalog.locations()).noneMatch(location -> location.target().contains(directory.toString()));
        assertThat(directory).isEmptyDirectory();
    }

    private long entityCount() {
        return queries.query(EntityQuery.of(EntityFilter.all(), List.of(), 1)).totalItems();
    }
}
