package dev.socle.catalog.training;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The AOT training run (Spring profile {@code training}, see Operations): Socle writes a synthetic organisation as a
 * git repository, ingests, queries and unregisters it, then stops, so that the JDK's AOT cache records that work.
 *
 * @param entities how many entities the synthetic organisation has, its root Location included
 * @param directory where the run writes its repository (deleted when it ends); the profile also keeps its throwaway
 *     database, search index and git cache there, and the run refuses to start when the database or the index is
 *     configured elsewhere
 */
@Validated
@ConfigurationProperties("socle.catalog.training")
public record TrainingProperties(
        @Min(100) @DefaultValue("5000") int entities,
        @DefaultValue("./data/aot-training") Path directory) {}
