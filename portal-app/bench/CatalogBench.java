import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Socle: registration-to-queryable time of a big location, peak heap and resident memory, and
 * p50/p95 latencies of the catalog API. JDK only; run by catalog-bench.sh, e.g.
 * {@code java CatalogBench.java http://127.0.0.1:18081 <admin-token> <location-target> <pid>}.
 */
public class CatalogBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        String target = args[2];
        long pid = Long.parseLong(args[3]);

        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> sampleHeap(peakHeap));
        long start = System.nanoTime();
        var registered = post("/api/catalog/locations", "{\"type\":\"url\",\"target\":\"" + target + "\"}");
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("Registration failed: " + registered.statusCode() + " " + registered.body());
        }
        long total = totalItems(get("/api/catalog/entities/by-query?limit=1").body());
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf("entities queryable          %,d%n", total);
        System.out.printf("register → all queryable    %.1f s%n", ingestSeconds);
        System.out.printf("peak heap during ingestion  %d MB (sampled every 250 ms)%n", peakHeap.get() / 1_048_576);

        List<String> refs = refs(get("/api/catalog/entities/by-query?limit=500&filter=kind=component"
                + "&fields=kind,metadata.name,metadata.namespace").body());
        String firstPage = "/api/catalog/entities/by-query?limit=50&filter=" + encode("kind=component,spec.type=service");
        String cursor = group(get(firstPage).body(), "\"nextCursor\":\"([^\"]+)\"");
        List<String> terms = refs.stream().map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .map(name -> name.length() > 6 ? name.substring(2, 7) : name).toList();

        report("by-name", 1000, 2000, i -> "/api/catalog/entities/by-name/" + refs.get(i % refs.size()));
        report("filtered first page (50)", 200, 50, i -> firstPage);
        report("next page by cursor", 200, 50, i -> "/api/catalog/entities/by-query?limit=50&cursor=" + encode(cursor));
        report("facets (3, components)", 200, 50, i -> "/api/catalog/entity-facets?facet=spec.type&facet=spec.lifecycle"
                + "&facet=metadata.tags&filter=kind=component");
        report("full-text (50)", 200, 50, i -> "/api/catalog/entities/by-query?limit=50&fullTextFilterTerm="
                + encode(terms.get(i % terms.size())));

        double[] refreshes = new double[5];
        for (int i = 0; i < refreshes.length; i++) {
            long t = System.nanoTime();
            var refreshed = post("/api/catalog/refresh", "{\"entityRef\":\"" + kindNamespaceName(refs.getFirst()) + "\"}");
            refreshes[i] = (System.nanoTime() - t) / 1e6;
            if (refreshed.statusCode() != 200) {
                throw new IllegalStateException("Refresh failed: " + refreshed.body());
            }
        }
        Arrays.sort(refreshes);
        System.out.printf("unchanged refresh           median %.0f ms, max %.0f ms (5 runs)%n", refreshes[2],
                refreshes[4]);
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        System.out.printf("resident memory             now %s MB, peak %s MB%n", kb(status, "VmRSS"), kb(status, "VmHWM"));
    }

    /** Latencies of a warmed-up server: on 2 cores the JIT needs a few thousand requests to settle. */
    static void report(String name, int requests, int warmUp, IntFunction<String> path) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            check(get(path.apply(i)));
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            check(get(path.apply(i)));
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-27s p50 %6.2f ms  p95 %6.2f ms  (%d requests)%n", name, millis[requests / 2],
                millis[(int) (requests * 0.95)], requests);
    }

    static void sampleHeap(AtomicLong peak) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String body = get("/actuator/metrics/jvm.memory.used?tag=area:heap").body();
                long used = (long) Double.parseDouble(group(body, "\"value\":([0-9.E+]+)"));
                peak.accumulateAndGet(used, Math::max);
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (Exception ignored) {
                // the server is busy; try again
            }
        }
    }

    static List<String> refs(String body) {
        Matcher m = Pattern.compile("\"kind\":\"([^\"]+)\",\"metadata\":\\{\"name\":\"([^\"]+)\",\"namespace\":\"([^\"]+)\"")
                .matcher(body);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1).toLowerCase() + "/" + m.group(3) + "/" + m.group(2));
        }
        return refs;
    }

    static String kindNamespaceName(String path) {
        String[] parts = path.split("/");
        return parts[0] + ":" + parts[1] + "/" + parts[2];
    }

    static long totalItems(String body) {
        return Long.parseLong(group(body, "\"totalItems\":([0-9]+)"));
    }

    static String group(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in " + body.substring(0, Math.min(300, body.length())));
        }
        return m.group(1);
    }

    static String kb(String status, String field) {
        return String.valueOf(Long.parseLong(group(status, field + ":\\s+([0-9]+)")) / 1024);
    }

    static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
