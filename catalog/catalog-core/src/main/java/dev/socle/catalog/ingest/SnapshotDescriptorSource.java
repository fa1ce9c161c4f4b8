package dev.socle.catalog.ingest;

import dev.socle.catalog.parse.placeholder.DescriptorSource;
import dev.socle.catalog.parse.placeholder.DescriptorSourceException;

/**
 * Serves {@code $text}/{@code $json}/{@code $yaml} reads from the same snapshot: same commit, same root. Reads are
 * serialised, as descriptors are parsed in parallel and a git object reader serves one thread at a time.
 */
final class SnapshotDescriptorSource implements DescriptorSource {

    private final SnapshotContent content;

    SnapshotDescriptorSource(SnapshotContent content) {
        this.content = content;
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
}
