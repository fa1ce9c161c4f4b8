package dev.socle.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh database on the JVM's one embedded PostgreSQL server. */
class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embedded-postgres",
                        Map.of(
                                "spring.datasource.url", newDatabase(),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
    }

    /** Creates a fresh database on the server and returns its JDBC URL (user {@code postgres}, no password). */
    static String newDatabase() {
        EmbeddedPostgres server = Server.INSTANCE;
        String database = "catalog_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create test database " + database, failed);
        }
        return server.getJdbcUrl("postgres", database);
    }

    /** The server, started on first use and stopped when the JVM exits. */
    private static final class Server {

        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting anyway
                    }
                }));
                return server;
            } catch (IOException failed) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", failed);
            }
        }
    }
}
