package dev.socle.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Lets the catalog read the tests' git repositories, and nothing else. */
public class GitSourcesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GitSources sources = GitSources.get();
        TestPropertyValues.of(
                        "socle.catalog.reading.allowed-hosts=" + sources.allowedHost(),
                        "socle.catalog.reading.allowed-file-roots=" + sources.root(),
                        "socle.catalog.reading.cache-directory="
                                + sources.root().resolve(".cache"))
                .applyTo(context.getEnvironment());
    }
}
