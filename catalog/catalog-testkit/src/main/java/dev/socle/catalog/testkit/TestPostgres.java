package dev.socle.catalog.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests, started once per JVM from the binaries on Maven Central, listening on loopback
 * only and stopped when the JVM exits. Each caller gets its own fresh database, so tests never see each other's
 * rows. Connect as {@link #USER} with {@link #PASSWORD}.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {}

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabaseUrl() {
        EmbeddedPostgres server = Server.INSTANCE;
        String database = "socle_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException failed) {
            throw new IllegalStateException(
                    "Could not create the test database " + database + " on the embedded PostgreSQL server", failed);
        }
        return server.getJdbcUrl(USER, database);
    }

    /** The server, started on first use (class initialisation is thread-safe). */
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
                        // the JVM is exiting; the server's directory is temporary
                    }
                }));
                return server;
            } catch (IOException failed) {
                throw new UncheckedIOException(
                        "Could not start the embedded PostgreSQL server; it needs a writable temporary directory",
                        failed);
            }
        }
    }
}
