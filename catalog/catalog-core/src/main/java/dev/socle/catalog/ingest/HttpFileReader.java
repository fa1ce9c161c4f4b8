package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.catalog.parse.placeholder.DescriptorSourceException;
import dev.socle.plugin.NotAllowedException;
import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file over HTTP(S) for a placeholder URL, under the same rules as locations: the host (and every host a
 * redirect leads to) must be in {@code socle.catalog.reading.allowed-hosts}, a host's token is sent over https only
 * and only to that host, and a host that resolves to a loopback, private or link-local address is refused unless an
 * allowed-hosts entry names it itself. Redirects are followed here, hop by hop, never by the client. Connecting and
 * each read wait at most {@code socle.catalog.reading.fetch-timeout}.
 */
final class HttpFileReader {

    private static final Logger log = LoggerFactory.getLogger(HttpFileReader.class);
    private static final int MAX_REDIRECTS = 5;

    private final CatalogProperties.Reading reading;
    private final ReadingPolicy policy;
    private final HostResolver resolver;
    private final HttpClient client;

    HttpFileReader(CatalogProperties.Reading reading, ReadingPolicy policy) {
        this(reading, policy, InetAddress::getAllByName);
    }

    HttpFileReader(CatalogProperties.Reading reading, ReadingPolicy policy, HostResolver resolver) {
        this.reading = reading;
        this.policy = policy;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(reading.fetchTimeout())
                .build();
    }

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * The body of the file at {@code url}.
     *
     * @throws NotAllowedException when the URL, or a redirect, leads where reading is not allowed
     * @throws DescriptorSourceException when the file is missing, too large or cannot be fetched
     */
    byte[] read(URI url, int maxBytes) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAllowed(current, url);
            HttpResponse<byte[]> response = send(current, url, maxBytes);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                URI from = current;
                URI next = response.headers()
                        .firstValue("Location")
                        .map(from::resolve)
                        .orElseThrow(() -> new DescriptorSourceException("URL " + from + " answered " + status
                                + " without a Location to follow; check the URL."));
                log.debug("URL {} redirects to {}", current, next);
                current = next;
                continue;
            }
            return body(response, current, maxBytes);
        }
        throw new DescriptorSourceException("URL " + url + " redirects more than " + MAX_REDIRECTS
                + " times; use the URL the file is finally served at.");
    }

    private void checkAllowed(URI current, URI original) {
        try {
            policy.checkUrl(current);
        } catch (NotAllowedException refused) {
            if (current.equals(original)) {
                throw refused;
            }
            throw new NotAllowedException(
                    "URL " + original + " redirects to " + current + ", which is not allowed: " + refused.getMessage(),
                    refused);
        }
        if (policy.namesHostExplicitly(current)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(current.getHost());
        } catch (UnknownHostException unknown) {
            throw new DescriptorSourceException(
                    "Host " + current.getHost() + " of URL " + current + " cannot be resolved; check the URL.",
                    unknown);
        }
        Optional<InetAddress> internal =
                Arrays.stream(addresses).filter(HttpFileReader::isInternal).findFirst();
        if (internal.isPresent()) {
            String host = current.getHost();
            throw new NotAllowedException("URL " + current + " is on host " + host + ", which resolves to the internal"
                    + " address " + internal.get().getHostAddress() + "; Socle reads internal addresses only from hosts"
                    + " that socle.catalog.reading.allowed-hosts names itself (not through a *. wildcard): add '"
                    + host + (current.getPort() == -1 ? "" : ":" + current.getPort()) + "' to that setting if this"
                    + " host is meant to be read.");
        }
    }

    /** Loopback, wildcard, private (RFC 1918 and IPv6 unique local), link-local, carrier-grade NAT or multicast. */
    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocal
                || carrierNat;
    }

    private HttpResponse<byte[]> send(URI current, URI original, int maxBytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(current)
                .timeout(reading.fetchTimeout())
                .header("Accept", "*/*")
                .GET();
        reading.credentialsFor(current.getHost())
                .filter(token -> ReadingPolicy.maySendToken(current, token))
                .ifPresent(token -> request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((token.username() + ":" + token.token())
                                                .getBytes(StandardCharsets.UTF_8))));
        String from = current.equals(original) ? "" : " (redirected from " + original + ")";
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(
                request.build(),
                info -> info.statusCode() == 200
                        ? new LimitedBody(maxBytes)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return exchange.get(reading.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            throw new DescriptorSourceException(
                    "URL " + current + from + " did not answer within " + reading.fetchTimeout()
                            + " (socle.catalog.reading.fetch-timeout); check that the host is up, or raise that"
                            + " setting.",
                    slow);
        } catch (ExecutionException failed) {
            throw new DescriptorSourceException(
                    "Could not fetch URL " + current + from + ": " + failed.getCause()
                            + ". Check that the host is reachable.",
                    failed.getCause());
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("Interrupted while fetching URL " + current, interrupted);
        }
    }

    private static byte[] body(HttpResponse<byte[]> response, URI current, int maxBytes) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new DescriptorSourceException("URL " + current + " answered " + status + ": the host refused access;"
                    + " set a token with read access for " + current.getHost()
                    + " in socle.catalog.reading.host-tokens.");
        }
        if (status == 404 || status == 410) {
            throw new DescriptorSourceException("URL " + current + " answered " + status + " (not found); check the URL"
                    + " and that the file exists on that branch.");
        }
        if (status != 200) {
            throw new DescriptorSourceException(
                    "URL " + current + " answered " + status + " instead of the file; check the URL and the host.");
        }
        byte[] bytes = response.body();
        if (bytes.length > maxBytes) {
            throw new DescriptorSourceException("URL " + current + " serves more than " + maxBytes
                    + " bytes, the most a substitution may include; reference a smaller file.");
        }
        return bytes;
    }

    /** Collects a body up to one byte over {@code maxBytes}, then stops receiving it. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int maxBytes;
        private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        LimitedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), maxBytes + 1 - collected.size());
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                collected.write(bytes, 0, take);
            }
            if (collected.size() > maxBytes && subscription != null) {
                subscription.cancel();
                result.complete(collected.toByteArray());
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(collected.toByteArray());
        }
    }
}
