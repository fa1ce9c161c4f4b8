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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Socle: how long a big location takes from registration until every entity is queryable and a
 * sample carries its final relations (as the Backstage measurement does), peak heap and resident memory, and p50/p95
 * latencies of the catalog API. JDK only; run by catalog-bench.sh, e.g. {@code java CatalogBench.java
 * http://127.0.0.1:18081 <admin-token> <location-target> <pid> <gc-log> <expected-entities> <expected-relations>}.
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
        Path gcLog = Path.of(args[4]);
        long expected = Long.parseLong(args[5]);
        List<String[]> relations = Files.readAllLines(Path.of(args[6])).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .toList();
        if (args.length > 7) {
            warmUp(args[7]);
        }
        // A server that has just answered its first health check still compiles its start-up code for a few seconds;
        // that is start-up, not ingestion, so the registration waits for an idle machine as the latencies do.
        System.out.printf("idle before registering     %.1f s after the first health check%n", settle());

        long start = System.nanoTime();
        var registered = post("/api/catalog/locations", "{\"type\":\"url\",\"target\":\"" + target + "\"}");
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(
                    "Registration failed: " + registered.statusCode() + " " + registered.body());
        }
        double returnedSeconds = (System.nanoTime() - start) / 1e9;
        long queryableThen = entityCount();
        List<String[]> missing = missing(relations);
        long relationsThen = relations.size() - missing.size();
        long[] counted = awaitComplete(expected, queryableThen, missing, relations.size(), start);
        double completeSeconds = (System.nanoTime() - start) / 1e9;
        long[] heap = peakHeap(Files.readString(gcLog));
        System.out.printf(
                "registration returned       %.1f s: %,d of %,d entities queryable, %d of %d sample relations%n",
                returnedSeconds, queryableThen, expected, relationsThen, relations.size());
        System.out.printf("entities queryable          %,d of %,d expected%n", counted[0], expected);
        System.out.printf("sample relations shown      %d of %d (both ends)%n", counted[1], relations.size());
        System.out.printf(
                "register → all queryable    %.1f s (every entity queryable, the sample fully related)%n",
                completeSeconds);
        System.out.printf(
                "peak heap up to then        %d MB in use (garbage included), %d full collections%n", heap[0], heap[1]);

        System.out.printf("settled after ingestion     %.1f s (machine at least 80 %% idle over 1 s)%n", settle());

        List<String> refs = refs(get("/api/catalog/entities/by-query?limit=500&filter=kind=component"
                        + "&fields=kind,metadata.name,metadata.namespace")
                .body());
        String firstPage =
                "/api/catalog/entities/by-query?limit=50&filter=" + encode("kind=component,spec.type=service");
        String cursor = group(get(firstPage).body(), "\"nextCursor\":\"([^\"]+)\"");
        List<String> terms = refs.stream()
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .map(name -> name.length() > 6 ? name.substring(2, 7) : name)
                .toList();

        report("by-name", 1000, 2000, i -> "/api/catalog/entities/by-name/" + refs.get(i % refs.size()));
        report("filtered first page (50)", 200, 50, i -> firstPage);
        report("next page by cursor", 200, 50, i -> "/api/catalog/entities/by-query?limit=50&cursor=" + encode(cursor));
        report(
                "facets (3, components)",
                200,
                50,
                i -> "/api/catalog/entity-facets?facet=spec.type&facet=spec.lifecycle"
                        + "&facet=metadata.tags&filter=kind=component");
        report(
                "full-text (50)",
                200,
                50,
                i -> "/api/catalog/entities/by-query?limit=50&fullTextFilterTerm="
                        + encode(terms.get(i % terms.size())));

        double[] refreshes = new double[5];
        for (int i = 0; i < refreshes.length; i++) {
            long t = System.nanoTime();
            var refreshed =
                    post("/api/catalog/refresh", "{\"entityRef\":\"" + kindNamespaceName(refs.getFirst()) + "\"}");
            refreshes[i] = (System.nanoTime() - t) / 1e6;
            if (refreshed.statusCode() != 200) {
                throw new IllegalStateException("Refresh failed: " + refreshed.body());
            }
        }
        Arrays.sort(refreshes);
        System.out.printf(
                "unchanged refresh           median %.0f ms, max %.0f ms (5 runs)%n", refreshes[2], refreshes[4]);
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        System.out.printf(
                "resident memory             now %s MB, peak %s MB%n", kb(status, "VmRSS"), kb(status, "VmHWM"));
    }

    /**
     * Polls until the API counts every expected entity and every sampled relation shows on its entity, as a client
     * would see it, starting from what the first look after the registration found; gives up after 30 minutes.
     * Returns the entities counted and the relations shown at the end.
     */
    static long[] awaitComplete(long expected, long counted, List<String[]> missing, int relations, long start)
            throws Exception {
        long count = counted;
        List<String[]> left = missing;
        while (count < expected || !left.isEmpty()) {
            if (System.nanoTime() - start > 1_800_000_000_000L) {
                System.out.printf(
                        "NOT COMPLETE after 30 minutes: %,d of %,d entities queryable; missing relations, e.g. %s%n",
                        count, expected, left.isEmpty() ? "none" : String.join(" ", left.getFirst()));
                return new long[] {count, relations - left.size()};
            }
            Thread.sleep(100);
            count = entityCount();
            if (count >= expected) {
                left = missing(left);
            }
        }
        return new long[] {count, relations};
    }

    /** The relations their source entity does not carry yet; each source entity is read once. */
    static List<String[]> missing(List<String[]> relations) throws Exception {
        Map<String, String> bodies = new HashMap<>();
        List<String[]> missing = new ArrayList<>();
        for (String[] relation : relations) {
            String body = bodies.get(relation[0]);
            if (body == null) {
                String[] ref = relation[0].split("[:/]");
                var entity = get("/api/catalog/entities/by-name/" + ref[0] + "/" + ref[1] + "/" + ref[2]);
                body = entity.statusCode() == 200 ? entity.body() : "";
                bodies.put(relation[0], body);
            }
            if (!body.contains("{\"type\":\"" + relation[1] + "\",\"targetRef\":\"" + relation[2] + "\"")) {
                missing.add(relation);
            }
        }
        return missing;
    }

    static long entityCount() throws Exception {
        return totalItems(get("/api/catalog/entities/by-query?limit=0").body());
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
        System.out.printf(
                "%-27s p50 %6.2f ms  p95 %6.2f ms  (%d requests)%n",
                name, millis[requests / 2], millis[(int) (requests * 0.95)], requests);
    }

    /**
     * Waits, up to a minute, until the machine is idle: after a big load, index merges, the JIT and the database's
     * own maintenance (PostgreSQL's autovacuum analysing the new rows) run for a while, and latencies measured
     * meanwhile would be theirs. Returns the seconds waited.
     */
    static double settle() throws Exception {
        long start = System.nanoTime();
        long[] before = cpuTimes();
        while (System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(1000);
            long[] now = cpuTimes();
            double idle = (double) (now[1] - before[1]) / Math.max(1, now[0] - before[0]);
            before = now;
            if (idle >= 0.8) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Total and idle jiffies of all CPUs, from the first line of {@code /proc/stat}. */
    static long[] cpuTimes() throws Exception {
        String[] fields =
                Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }

    /**
     * Registers another organisation and unregisters it again, so that the measured ingestion runs on a JIT-compiled
     * server, as it would on one that has been up for a while, rather than on a JVM that has just started.
     */
    static void warmUp(String target) throws Exception {
        long start = System.nanoTime();
        var registered = post("/api/catalog/locations", "{\"type\":\"url\",\"target\":\"" + target + "\"}");
        if (registered.statusCode() != 201) {
            throw new IllegalStateException(
                    "Warm-up registration failed: " + registered.statusCode() + " " + registered.body());
        }
        String id = group(registered.body(), "\"id\":\"([^\"]+)\"");
        var removed = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/catalog/locations/" + id))
                        .header("Authorization", "Bearer " + token)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (removed.statusCode() != 204) {
            throw new IllegalStateException("Warm-up unregistration failed: " + removed.statusCode());
        }
        System.out.printf(
                "warm-up: registered and unregistered another organisation in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The largest heap in use before a collection, and how many full collections there were, from the server's
     * {@code -Xlog:gc} lines such as {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(1024M) 5.1ms}.
     * Reading the log, rather than polling the server, adds no load to what is measured. A full collection means
     * the heap really ran out; the size after a young collection says little, as it counts old garbage.
     */
    static long[] peakHeap(String log) {
        Matcher m = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)").matcher(log);
        long[] peak = new long[2];
        while (m.find()) {
            peak[0] = Math.max(peak[0], Long.parseLong(m.group(1)));
        }
        peak[1] = Pattern.compile("Pause Full").matcher(log).results().count();
        return peak;
    }

    static List<String> refs(String body) {
        Matcher m = Pattern.compile(
                        "\"kind\":\"([^\"]+)\",\"metadata\":\\{\"name\":\"([^\"]+)\",\"namespace\":\"([^\"]+)\"")
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
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
