package dev.socle;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Socle: the internal developer portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Socle", sharedModules = "shell")
@EnableScheduling
public class SocleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SocleApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
