package dev.socle.catalog.ingest;

import dev.socle.catalog.parse.placeholder.DescriptorSource;
import dev.socle.catalog.parse.placeholder.DescriptorSourceException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@code $text}/{@code $json}/{@code $yaml} reads from the same snapshot: same commit, same root. Reads are
 * serialised, as descriptors are parsed in parallel and a git object reader serves one thread at a time. Placeholder
 * URLs are fetched once per read of the location, whatever number of descriptors names them, and outside that lock.
 */
final class SnapshotDescriptorSource implements DescriptorSource {

    /** Reads one placeholder URL; see {@link SourceReader#readUrl}. */
    @FunctionalInterface
    interface UrlReader {
        byte[] read(String url, int maxBytes);
    }

    private final SnapshotContent content;
    private final UrlReader urls;
    private final Map<String, CompletableFuture<byte[]>> fetched = new ConcurrentHashMap<>();

    SnapshotDescriptorSource(SnapshotContent content, UrlReader urls) {
        this.content = content;
        this.urls = urls;
    }

    @Override
    public synchronized byte[] read(String path, int maxBytes) {
        byte[] bytes = content.read(path)
                .orElseThrow(() -> new DescriptorSourceException("File '" + path
                        + "' does not exist in this location; check the path, relative to the descriptor."));
        if (bytes.length > maxBytes) {
            throw new DescriptorSourceException("File '" + path + "' is " + bytes.length + " bytes, more than the "
                    + maxBytes + " a substitution may include; reference a smaller file.");
        }
        return bytes;
    }

    @Override
    public byte[] readUrl(String url, int maxBytes) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> first = fetched.putIfAbsent(url, mine);
        if (first == null) {
            try {
                mine.complete(urls.read(url, maxBytes));
            } catch (RuntimeException failed) {
                mine.completeExceptionally(failed);
            }
            first = mine;
        }
        try {
            return first.join().clone();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Whether a descriptor of this read named a placeholder URL. */
    boolean readUrls() {
        return !fetched.isEmpty();
    }
}
