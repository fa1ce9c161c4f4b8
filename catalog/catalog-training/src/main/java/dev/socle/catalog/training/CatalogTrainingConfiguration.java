package dev.socle.catalog.training;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.query.CatalogQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * Under the {@code training} profile, trains once the application is ready and then closes the application, so that
 * the JVM ends, which is when the JDK writes its AOT cache. A failed training fails the application's start instead:
 * the JVM then ends with status 1, so that a deployment script does not keep a cache that recorded less than it
 * should.
 */
@Configuration(proxyBeanMethods = false)
@Profile("training")
@EnableConfigurationProperties(TrainingProperties.class)
class CatalogTrainingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogTrainingConfiguration.class);

    @Bean
    CatalogTrainingRun catalogTrainingRun(CatalogService catalog, CatalogQueries queries) {
        return new CatalogTrainingRun(catalog, queries);
    }

    /**
     * @throws TrainingFailedException when training did not ingest and index the whole organisation; thrown from
     *     the ready event, it ends {@code SpringApplication.run} with that failure
     */
    @EventListener
    void trainThenClose(ApplicationReadyEvent ready) {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        TrainingProperties settings = context.getBean(TrainingProperties.class);
        try {
            ThrowawayStorage.require(
                    context.getEnvironment().getProperty("spring.datasource.url", ""),
                    context.getBean(CatalogProperties.class).search().indexDirectory(),
                    settings.directory());
            CatalogTrainingRun.Result result =
                    context.getBean(CatalogTrainingRun.class).train(settings.directory(), settings.entities());
            if (result.indexed() < result.written()) {
                throw new TrainingFailedException("Only " + result.indexed() + " of " + result.written()
                        + " entities were searchable in time; do not use the AOT cache this run writes");
            }
        } catch (RuntimeException failed) {
            log.error("Training failed; do not use the AOT cache this run writes", failed);
            throw failed instanceof TrainingFailedException known
                    ? known
                    : new TrainingFailedException(
                            "Training failed: " + failed.getMessage() + "; do not use the AOT cache this run writes",
                            failed);
        }
        log.info("Training done; stopping so that the JDK writes its AOT cache");
        SpringApplication.exit(context);
    }
}
