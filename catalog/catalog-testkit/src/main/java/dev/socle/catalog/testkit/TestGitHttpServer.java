package dev.socle.catalog.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;
import org.jspecify.annotations.Nullable;

/**
 * A read-only git smart-HTTP server (protocol v0, the JDK's HTTP server driving JGit's
 * {@link UploadPack}) on 127.0.0.1 and a random port. It optionally serves only requests carrying
 * HTTP basic credentials whose password (or a bearer token) equals a given token:
 *
 * <pre>{@code
 * try (TestGitHttpServer server = TestGitHttpServer.start("s3cret", Map.of("payments.git", repo.repository()))) {
 *     URI clone = server.uri("payments.git");   // http://127.0.0.1:<port>/git/payments.git
 * }
 * }</pre>
 */
public final class TestGitHttpServer implements AutoCloseable {

    private static final String PREFIX = "/git/";
    private static final String ADVERTISE = "/info/refs";
    private static final String UPLOAD = "/git-upload-pack";

    private final HttpServer server;
    private final Map<String, Repository> repositories;
    private final @Nullable String requiredToken;
    private final java.util.List<String> usernames = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger uploads = new AtomicInteger();

    private TestGitHttpServer(HttpServer server, Map<String, Repository> repositories, @Nullable String requiredToken) {
        this.server = server;
        this.repositories = repositories;
        this.requiredToken = requiredToken;
    }

    /**
     * Starts serving {@code repositories} (a name such as {@code payments.git} to its repository).
     *
     * @param requiredToken the token every request must carry, or null to serve anyone
     */
    public static TestGitHttpServer start(@Nullable String requiredToken, Map<String, Repository> repositories) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            TestGitHttpServer server =
                    new TestGitHttpServer(http, new ConcurrentHashMap<>(repositories), requiredToken);
            http.createContext(PREFIX, server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test git HTTP server on 127.0.0.1", e);
        }
    }

    /** Serves one more repository as {@code name}, e.g. {@code acme} or {@code acme.git}. */
    /** The user names of every basic credential presented so far, in order. */
    public java.util.List<String> usernames() {
        return java.util.List.copyOf(usernames);
    }

    public TestGitHttpServer serve(String name, Repository repository) {
        repositories.put(name, repository);
        return this;
    }

    /** The clone URL of the repository served as {@code name}. */
    public URI uri(String name) {
        return URI.create("http://127.0.0.1:" + port() + PREFIX + name);
    }

    /** The port the server listens on (on 127.0.0.1). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many HTTP requests the server has received so far, authorised or not. */
    public int requestCount() {
        return requests.get();
    }

    /** How many object transfers ({@code git-upload-pack} POSTs) the server has answered so far. */
    public int uploadCount() {
        return uploads.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (requiredToken != null
                    && !carriesToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"socle-test\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (path.endsWith(ADVERTISE) && query.contains("service=git-upload-pack")) {
                advertise(exchange, repositories.get(path.substring(0, path.length() - ADVERTISE.length())));
            } else if (path.endsWith(UPLOAD) && exchange.getRequestMethod().equals("POST")) {
                uploads.incrementAndGet();
                upload(exchange, repositories.get(path.substring(0, path.length() - UPLOAD.length())));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void advertise(HttpExchange exchange, @Nullable Repository repository) throws IOException {
        if (repository == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-advertisement");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            PacketLineOut packets = new PacketLineOut(out);
            packets.writeString("# service=git-upload-pack\n");
            packets.end();
            UploadPack uploadPack = new UploadPack(repository);
            uploadPack.setBiDirectionalPipe(false);
            uploadPack.sendAdvertisedRefs(new PacketLineOutRefAdvertiser(packets));
        }
    }

    private static void upload(HttpExchange exchange, @Nullable Repository repository) throws IOException {
        if (repository == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        InputStream in = exchange.getRequestBody();
        if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-result");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            UploadPack uploadPack = new UploadPack(repository);
            uploadPack.setBiDirectionalPipe(false);
            uploadPack.upload(in, out, null);
        }
    }

    private boolean carriesToken(@Nullable String header) {
        if (header == null) {
            return false;
        }
        if (header.startsWith("Bearer ")) {
            return header.substring("Bearer ".length()).equals(requiredToken);
        }
        if (header.startsWith("Basic ")) {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring("Basic ".length())), StandardCharsets.UTF_8);
            usernames.add(decoded.substring(0, Math.max(0, decoded.indexOf(':'))));
            return decoded.substring(decoded.indexOf(':') + 1).equals(requiredToken);
        }
        return false;
    }
}
