package dev.socle.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.socle.SocleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A bad value stops start-up with a message naming the property and what is allowed, and never echoes a secret. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationIT {

    @Test
    void aTooShortStaticTokenStopsStartUpAndNamesTheProperty(CapturedOutput output) {
        Throwable failure =
                start("socle.api.static-tokens[0].token=tooShortSecret", "socle.api.static-tokens[0].subject=ci");

        assertThat(failure).isNotNull();
        assertThat(output.getAll())
                .contains("socle.api.static-tokens[0].token")
                .contains("at least 24 characters")
                .contains("Value: <redacted>")
                .doesNotContain("tooShortSecret");
    }

    @Test
    void anInvalidAdminUsernameStopsStartUpAndSaysWhatIsAllowed(CapturedOutput output) {
        Throwable failure = start("socle.admin.username=Not Valid!");

        assertThat(failure).isNotNull();
        assertThat(output.getAll()).contains("socle.admin.username").contains("lower-case letters");
    }

    @Test
    void aGitCacheRetentionUnderAnHourStopsStartUpAndSaysWhatToSet(CapturedOutput output) {
        Throwable failure = start("socle.catalog.reading.cache-retention=5m");

        assertThat(failure).isNotNull();
        assertThat(output.getAll()).contains("socle.catalog.reading.cache-retention must be at least 1h");
    }

    private static Throwable start(String... properties) {
        String[] arguments = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                "server.port=0",
                                "server.address=127.0.0.1",
                                "socle.catalog.search.in-memory=true",
                                "spring.datasource.url=jdbc:h2:mem:config-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"),
                        java.util.Arrays.stream(properties))
                .map(property -> "--" + property)
                .toArray(String[]::new);
        // Command-line arguments, not builder properties: those are defaults that application.yml overrides.
        return catchThrowable(() -> new SpringApplicationBuilder(SocleApplication.class)
                .run(arguments)
                .close());
    }
}
