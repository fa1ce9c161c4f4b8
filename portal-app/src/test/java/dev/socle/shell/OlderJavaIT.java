package dev.socle.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code socle.jar} and the catalog validator jar, started on Java 17, say which Java they need and where the one
 * running lives, and exit, instead of failing with {@code UnsupportedClassVersionError}.
 */
class OlderJavaIT {

    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @Test
    void socleJarOnJava17SaysItNeedsJava21AndHowToPointAtIt() throws Exception {
        Run run = runOnJava17(Path.of("target", "socle.jar"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains("Socle needs Java 21 or newer; this is Java 17 at /usr/lib/jvm/java-17-openjdk-amd64")
                .contains("JAVA_HOME", "$JAVA_HOME/bin/java -jar socle.jar")
                .doesNotContain("UnsupportedClassVersionError");
    }

    @Test
    void theValidatorJarOnJava17SaysItNeedsJava21() throws Exception {
        Run run = runOnJava17(Path.of("target", "classes", "socle", "tools", "socle-catalog-validator.jar"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output())
                .contains("The Socle catalog validator needs Java 21 or newer; this is Java 17")
                .contains("$JAVA_HOME/bin/java -jar socle-catalog-validator.jar")
                .doesNotContain("UnsupportedClassVersionError");
    }

    private static Run runOnJava17(Path jar) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(JAVA_17), "No Java 17 at " + JAVA_17);
        assertThat(jar).as("built by mvn package").exists();
        Process process = new ProcessBuilder(JAVA_17.toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(jar + " on Java 17 did not exit within 2 minutes");
        }
        return new Run(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {}
}
