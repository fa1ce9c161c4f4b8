package dev.socle.catalog.ingest;

import dev.socle.catalog.parse.RelativePaths;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The files a location yielded at one point in time.
 *
 * @param commitId the git commit the files were read from; null for file locations (use
 *     {@link #version()})
 * @param files the selected regular files, sorted by path
 * @param notes what was skipped and why (symbolic links, submodules), for the location's status
 * @param content reads further files of the same commit or base directory, for
 *     {@link #readRelative}; for local files, every file read through it counts towards {@link #version()}
 * @param refused selected files that were not read (over the size limit), each a problem of its own
 */
public record SourceSnapshot(
        @Nullable String commitId,
        List<SourceFile> files,
        List<String> notes,
        SnapshotContent content,
        List<RefusedFile> refused)
        implements AutoCloseable {

    private static final int HASH_CHARS = 57;

    public SourceSnapshot {
        files = files.stream().sorted(Comparator.comparing(SourceFile::path)).toList();
        notes = List.copyOf(notes);
        refused =
                refused.stream().sorted(Comparator.comparing(RefusedFile::path)).toList();
        if (commitId == null && !(content instanceof RecordedReads)) {
            content = new RecordedReads(content);
        }
    }

    /** A snapshot in which every selected file was read. */
    public SourceSnapshot(
            @Nullable String commitId, List<SourceFile> files, List<String> notes, SnapshotContent content) {
        this(commitId, files, notes, content, List.of());
    }

    /**
     * SHA-256 over the selected files' paths and contents and over every further file read through
     * {@link #content()} so far (its path and whether and what it held), in hex; equal for equal file sets.
     */
    public String contentHash() {
        return hash(readsSoFar());
    }

    private String hash(SortedMap<String, String> furtherReads) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(9)
                        .put((byte) 0)
                        .putLong(file.size())
                        .array());
                digest.update(file.bytes());
            }
            for (RefusedFile file : refused) {
                digest.update((byte) 2);
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.reason().getBytes(StandardCharsets.UTF_8));
            }
            Set<String> selected = files.stream().map(SourceFile::path).collect(Collectors.toSet());
            furtherReads.forEach((path, contentDigest) -> {
                if (!selected.contains(path)) {
                    digest.update((byte) 1);
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(contentDigest.getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256, which every Java platform must provide", e);
        }
    }

    /**
     * Identifies this state of the source: the commit id for git, else {@code sha256:} and the first
     * {@value #HASH_CHARS} characters of {@link #contentHash()} (64 characters in all, the width the location's
     * version is stored in); a caller may skip processing when it equals the previous read's. For a file location
     * it covers the files read so far: ask after parsing, or use {@link #versionReading} before.
     */
    public String version() {
        return commitId != null ? commitId : fileVersion(contentHash());
    }

    /**
     * The version this snapshot will have once {@code furtherPaths} have been read, as they are now: before parsing,
     * with the further files the previous parse read, it equals the previous version unless something read changed.
     * Reading them here does not count them as read.
     */
    public String versionReading(Set<String> furtherPaths) {
        return content instanceof RecordedReads reads ? fileVersion(hash(reads.digestsOf(furtherPaths))) : version();
    }

    /** The paths of the further files read through {@link #content()} so far, beyond the selected files. */
    public Set<String> furtherPathsRead() {
        Set<String> selected = files.stream().map(SourceFile::path).collect(Collectors.toSet());
        return readsSoFar().keySet().stream()
                .filter(path -> !selected.contains(path))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String fileVersion(String contentHash) {
        return "sha256:" + contentHash.substring(0, HASH_CHARS);
    }

    /** The further reads so far, recorded for local files only: a git commit id covers every file of the commit. */
    private SortedMap<String, String> readsSoFar() {
        return content instanceof RecordedReads reads ? reads.digests() : new java.util.TreeMap<>();
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
