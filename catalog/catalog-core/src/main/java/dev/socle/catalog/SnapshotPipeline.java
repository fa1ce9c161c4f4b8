package dev.socle.catalog;

import dev.socle.catalog.ingest.LocationRead;
import dev.socle.catalog.ingest.LocationReader;
import dev.socle.catalog.ingest.SourceSnapshot;
import dev.socle.catalog.store.CatalogStore;
import dev.socle.catalog.store.LocationClaim;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a location's snapshot while it is parsed: the parser hands over chunks of entities, the writer stores each
 * in its own transaction, then settles and stitches the location. Called by {@link CatalogService}, outside any
 * transaction.
 */
final class SnapshotPipeline {

    private static final Logger log = LoggerFactory.getLogger(SnapshotPipeline.class);
    private static final int CHUNKS_AHEAD = 2;

    private final LocationReader reader;
    private final CatalogWriter writer;
    private final CatalogStore store;
    private final CatalogProperties properties;
    private final Clock clock;

    SnapshotPipeline(
            LocationReader reader,
            CatalogWriter writer,
            CatalogStore store,
            CatalogProperties properties,
            Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reads the snapshot and stores it chunk by chunk as it is parsed, so memory stays bounded: one thread parses
     * while this one writes, with at most {@value #CHUNKS_AHEAD} chunks between them.
     */
    void store(
            UUID id,
            SourceSnapshot snapshot,
            String type,
            String target,
            ChangeTrigger trigger,
            @Nullable String actor,
            LocationClaim claim) {
        long started = System.nanoTime();
        LocationSnapshotWrite write =
                writer.beginSnapshot(id, properties.refresh().orphanStrategy(), trigger, actor, snapshot.commitId());
        BlockingQueue<List<IngestedEntity>> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        List<IngestedEntity> end = new ArrayList<>();
        CompletableFuture<LocationRead> parsing = new CompletableFuture<>();
        Thread parser = Thread.ofVirtual().name("parse-" + id).start(() -> {
            try {
                parsing.complete(reader.stream(snapshot, type, target, chunk -> put(chunks, chunk)));
            } catch (RuntimeException | Error failed) {
                parsing.completeExceptionally(failed);
            } finally {
                try {
                    chunks.put(end);
                } catch (InterruptedException writerGaveUp) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        int entities = 0;
        try {
            for (List<IngestedEntity> chunk = take(chunks); chunk != end; chunk = take(chunks)) {
                claim.checkHeld();
                entities += chunk.size();
                write.add(chunk);
            }
        } catch (RuntimeException failed) {
            parser.interrupt();
            awaitQuietly(parser);
            write.abandon();
            throw failed;
        }
        LocationRead read;
        long parsed;
        LocationWriteResult result;
        try {
            read = parsing.join();
            parsed = System.nanoTime();
            Set<String> keep =
                    read.filesRead().isEmpty() ? read.failedFiles() : read.filesToKeep(store.sourceFilesOf(id));
            result = write.finish(read.problems(), Set.of(), keep);
        } catch (RuntimeException failed) {
            write.abandon();
            throw failed;
        }
        log.info(
                "Stored location {} ({}): {} entities, {} problems, read and stored in {} ms, stitched in {} ms: {}",
                id,
                target,
                entities,
                read.problems().size(),
                (parsed - started) / 1_000_000,
                (System.nanoTime() - parsed) / 1_000_000,
                result);
        store.recordVersion(id, read.version(), clock.instant());
    }

    private static void put(BlockingQueue<List<IngestedEntity>> chunks, List<IngestedEntity> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException writerGaveUp) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Storing the location failed; parsing stopped", writerGaveUp);
        }
    }

    private static List<IngestedEntity> take(BlockingQueue<List<IngestedEntity>> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing a location", interrupted);
        }
    }

    private static void awaitQuietly(Thread parser) {
        try {
            parser.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
