package dev.socle.catalog.training;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.CatalogService;
import dev.socle.catalog.query.CatalogQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * Under the {@code training} profile, trains once the application is ready and then exits, which is when the JDK
 * writes its AOT cache. A failed training exits with status 1, so that a deployment script does not keep a cache
 * that recorded less than it should.
 */
@Configuration(proxyBeanMethods = false)
@Profile("training")
class CatalogTrainingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogTrainingConfiguration.class);

    @Bean
    CatalogTrainingRun catalogTrainingRun(CatalogService catalog, CatalogQueries queries) {
        return new CatalogTrainingRun(catalog, queries);
    }

    @EventListener
    void trainThenExit(ApplicationReadyEvent ready) {
        ConfigurableApplicationContext context = ready.getApplicationContext();
        CatalogProperties properties = context.getBean(CatalogProperties.class);
        CatalogProperties.Training settings = properties.training();
        int status = 0;
        try {
            ThrowawayStorage.require(
                    context.getEnvironment().getProperty("spring.datasource.url", ""),
                    properties.search().indexDirectory(),
                    settings.directory());
            CatalogTrainingRun.Result result =
                    context.getBean(CatalogTrainingRun.class).train(settings.directory(), settings.entities());
            if (result.indexed() < result.written()) {
                throw new IllegalStateException(
                        "Only " + result.indexed() + " of " + result.written() + " entities were searchable in time");
            }
            log.info("Training done with {} entities; exiting so that the JDK writes its AOT cache", result.written());
        } catch (RuntimeException failed) {
            log.error("Training failed; do not use the AOT cache this run writes", failed);
            status = 1;
        }
        int exitStatus = status;
        System.exit(SpringApplication.exit(context, () -> exitStatus));
    }
}
