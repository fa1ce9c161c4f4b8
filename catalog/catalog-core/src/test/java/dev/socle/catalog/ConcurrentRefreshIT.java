package dev.socle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socle.catalog.model.EntityRef;
import dev.socle.catalog.query.CatalogQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduled refresh reads locations side by side: a remote that accepts connections and never answers holds
 * only its own location, while a healthy one is read and stored meanwhile.
 */
@H2Catalog
@Import(IngestionTestConfiguration.class)
class ConcurrentRefreshIT {

    static {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private static final Path ROOT = createRoot();
    private static final SilentRemote HANGING = new SilentRemote();

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogQueries queries;

    @Autowired
    ScheduledLocationRefresh scheduledRefresh;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("socle.catalog.reading.allowed-file-roots[0]", ROOT::toString);
        properties.add("socle.catalog.reading.allowed-hosts[0]", () -> "127.0.0.1:" + HANGING.port());
        properties.add(
                "socle.catalog.reading.cache-directory",
                () -> ROOT.resolve("cache").toString());
        properties.add("socle.catalog.reading.fetch-timeout", () -> "30s");
        properties.add("socle.catalog.refresh.parallel-reads", () -> "2");
    }

    @AfterAll
    static void stopRemote() {
        HANGING.close();
    }

    @Test
    void aRemoteThatNeverAnswersDelaysOnlyItsOwnLocation() throws Exception {
        Path healthy = ROOT.resolve("healthy/catalog-info.yaml");
        Files.createDirectories(healthy.getParent());
        Files.writeString(healthy, """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata:
                  name: healthy-team
                spec:
                  type: team
                  children: []
                """);
        String hanging = "http://127.0.0.1:" + HANGING.port() + "/acme/hangs.git?ref=main&path=catalog-info.yaml";
        catalog.ensureConfiguredLocation("url", hanging);
        catalog.ensureConfiguredLocation("file", healthy.toString());

        List<CompletableFuture<Void>> refreshes = scheduledRefresh.startDueRefreshes();

        assertThat(refreshes).hasSize(2);
        assertThat(HANGING.connected.await(2, TimeUnit.MINUTES))
                .as("the hanging location's read reached its remote")
                .isTrue();
        CompletableFuture.anyOf(refreshes.toArray(CompletableFuture[]::new)).join();
        assertThat(queries.byRef(EntityRef.parse("group:default/healthy-team")))
                .as("read while the other remote still holds its connection")
                .isPresent();
        assertThat(HANGING.answered()).isFalse();
        assertThat(refreshes).filteredOn(refresh -> !refresh.isDone()).hasSize(1);

        HANGING.hangUp();
        CompletableFuture.allOf(refreshes.toArray(CompletableFuture[]::new)).join();

        assertThat(catalog.locations())
                .filteredOn(location -> location.target().equals(hanging))
                .extracting(RegisteredLocation::status)
                .containsExactly("error");
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("socle-concurrent-refresh-it").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts connections and says nothing until {@link #hangUp()}; after that, closes every connection at once. */
    static final class SilentRemote implements AutoCloseable {

        final CountDownLatch connected = new CountDownLatch(1);
        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private volatile boolean hungUp;

        SilentRemote() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().name("silent-remote").start(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        boolean answered() {
            return hungUp;
        }

        synchronized void hangUp() {
            hungUp = true;
            held.forEach(SilentRemote::closeQuietly);
        }

        private synchronized void hold(Socket socket) {
            if (hungUp) {
                closeQuietly(socket);
            } else {
                held.add(socket);
                connected.countDown();
            }
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    hold(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            hangUp();
            closeQuietly(server);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a test peer
            }
        }
    }
}
