package dev.socle.catalog.store;

import dev.socle.catalog.CatalogProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Hands out this instance's {@link LocationClaim}s. Every claim this instance takes carries its id
 * ({@code socle.catalog.instance-id}), which stays the same across restarts: at start-up, the claims still held under
 * it are those of its previous run, which stopped without ending them, so they are ended at once and their locations
 * read again without waiting for their lease to expire. Other instances' claims are taken over when their lease
 * expires. Heartbeats run on a {@link ThreadPoolTaskScheduler} of their own, shut down with the application context.
 */
@Component
public class LocationClaims implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocationClaims.class);
    private static final int MAX_INSTANCE_ID = 255;

    private final LocationScheduling scheduling;
    private final CatalogProperties properties;
    private final Clock clock;
    private final String instanceId;
    private final ThreadPoolTaskScheduler heartbeats;

    LocationClaims(LocationScheduling scheduling, CatalogProperties properties, Clock clock) {
        this.scheduling = scheduling;
        this.properties = properties;
        this.clock = clock;
        this.instanceId = instanceId(properties);
        this.heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(2);
        heartbeats.setThreadNamePrefix("location-claim-heartbeat-");
        heartbeats.setDaemon(true);
        heartbeats.setRemoveOnCancelPolicy(true);
        heartbeats.initialize();
    }

    /** The id this instance's claims carry. */
    public String instanceId() {
        return instanceId;
    }

    /** Claims the location unless another read of it is under way; empty when one is. */
    public Optional<LocationClaim> claim(UUID id) {
        Instant now = clock.instant();
        return scheduling.claim(
                        id, instanceId, now, now.plus(properties.refresh().lease()))
                ? Optional.of(held(id))
                : Optional.empty();
    }

    /** Claims up to a batch of due locations; each must then be {@link #held} and closed. */
    public List<UUID> claimDue(int atMost) {
        Instant now = clock.instant();
        return scheduling.claimDue(
                instanceId,
                now,
                now.plus(properties.refresh().lease()),
                Math.min(atMost, properties.refresh().batchSize()));
    }

    /** The claim this instance already took on the location (by {@link #claimDue} or a registration). */
    public LocationClaim held(UUID id) {
        return LocationClaim.held(
                id,
                instanceId,
                scheduling,
                heartbeats,
                clock,
                properties.refresh().lease(),
                properties.refresh().interval());
    }

    /** No claim: for a read asked for directly, which does not take part in the schedule. */
    public LocationClaim none(UUID id) {
        return LocationClaim.none(id);
    }

    /** When a claim taken now ends unless renewed. */
    public Instant leaseEnd() {
        return clock.instant().plus(properties.refresh().lease());
    }

    /**
     * Ends the claims this instance's previous run left behind and makes their locations due at once. Runs at
     * start-up, once every bean exists and before the web server or the scheduler start.
     */
    public int releaseClaimsOfEarlierRun() {
        int released = scheduling.releaseAllClaimsOf(instanceId, clock.instant());
        if (released > 0) {
            log.info(
                    "Ended {} claim(s) that instance {} held when it last stopped; their locations are read again now",
                    released,
                    instanceId);
        }
        return released;
    }

    @Override
    public void afterSingletonsInstantiated() {
        releaseClaimsOfEarlierRun();
    }

    @Override
    public void destroy() {
        heartbeats.shutdown();
    }

    /**
     * {@code socle.catalog.instance-id}, or else the host name with the search index directory, which each instance
     * has its own of and keeps across restarts. An instance with an in-memory index has no such directory: it gets a
     * new id at every start, so the claims of its previous run end only when their lease expires.
     */
    static String instanceId(CatalogProperties properties) {
        String configured = properties.instanceId();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host = hostName();
        if (properties.search().inMemory()) {
            return host + "/" + UUID.randomUUID();
        }
        String directory = properties
                .search()
                .indexDirectory()
                .toAbsolutePath()
                .normalize()
                .toString();
        String id = host + ":" + directory;
        return id.length() <= MAX_INSTANCE_ID ? id : host + ":" + sha256(directory);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unresolved) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("The JDK lacks SHA-256", impossible);
        }
    }
}
