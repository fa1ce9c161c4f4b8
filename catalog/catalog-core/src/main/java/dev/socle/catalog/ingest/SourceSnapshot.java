package dev.socle.catalog.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The files a location yielded at one point in time.
 *
 * @param commitId the git commit the files were read from; null for file locations (use
 *     {@link #version()})
 * @param files the selected regular files, sorted by path
 * @param notes what was skipped and why (symbolic links, submodules), for the location's status
 * @param content reads further files of the same commit or base directory, for
 *     {@link #readRelative}
 */
public record SourceSnapshot(
        @Nullable String commitId, List<SourceFile> files, List<String> notes, SnapshotContent content)
        implements AutoCloseable {

    public SourceSnapshot {
        files = files.stream().sorted(Comparator.comparing(SourceFile::path)).toList();
        notes = List.copyOf(notes);
    }

    /** SHA-256 over the files' paths and contents, in hex; equal for equal file sets. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(9).put((byte) 0).putLong(file.size()).array());
                digest.update(file.bytes());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256, which every Java platform must provide", e);
        }
    }

    /**
     * Identifies this state of the source: the commit id for git, else {@code sha256:<contentHash>};
     * a caller may skip processing when it equals the previous read's.
     */
    public String version() {
        return commitId != null ? commitId : "sha256:" + contentHash();
    }

    /**
     * Reads the file that {@code relativePath} (e.g. {@code ./openapi.yaml}) names relative to the file
     * at {@code fromPath}, from the same snapshot. Empty if there is no such file.
     *
     * @throws dev.socle.plugin.InvalidInputException for absolute paths and URLs
     * @throws dev.socle.plugin.NotAllowedException for paths leading outside the location's root
     */
    public Optional<byte[]> readRelative(String fromPath, String relativePath) {
        String path = RelativePaths.resolve(fromPath, relativePath);
        return content.read(path);
    }

    /** Releases what lazy reads held open; call it when done with the snapshot. */
    @Override
    public void close() {
        content.close();
    }
}
