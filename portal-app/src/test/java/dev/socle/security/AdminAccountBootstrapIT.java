package dev.socle.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.SocleApplication;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Without SOCLE_ADMIN_PASSWORD, the first start generates a password, stores its hash and prints it once. */
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountBootstrapIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Test
    void theGeneratedPasswordIsPrintedOnceAndWorks(@TempDir Path dataDir, CapturedOutput output) {
        String generated;
        try (var first = start(dataDir)) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getAll());
            assertThat(printed.find())
                    .as("the first start prints the generated password")
                    .isTrue();
            generated = printed.group(1);
            assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
            assertThat(storedHashMatches(first, generated)).isTrue();
        }
        int printedSoFar = output.getAll().split("Socle created the administrator account", -1).length - 1;

        try (var second = start(dataDir)) {
            int printedAfterRestart = output.getAll().split("Socle created the administrator account", -1).length - 1;
            assertThat(printedAfterRestart).isEqualTo(printedSoFar).isEqualTo(1);
            assertThat(storedHashMatches(second, generated))
                    .as("a restart keeps the account")
                    .isTrue();
        }
    }

    private static boolean storedHashMatches(ConfigurableApplicationContext context, String password) {
        String hash = context.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select password_hash from security_user_account where username = 'admin'", String.class);
        return context.getBean(PasswordEncoder.class).matches(password, hash);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments, not builder properties: those are defaults that application.yml overrides.
        return new SpringApplicationBuilder(SocleApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--SOCLE_DATA_DIR=" + dataDir);
    }
}
