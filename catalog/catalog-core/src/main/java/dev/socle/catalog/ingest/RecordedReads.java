package dev.socle.catalog.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Serves a snapshot's further reads ({@code $text}/{@code $json}/{@code $yaml} targets, files a Location entity
 * leads to) and remembers the digest of every file read, so that the snapshot's version covers them: a change in
 * such a file is a change of the location, even when the selected descriptor files are unchanged.
 */
final class RecordedReads implements SnapshotContent {

    /** Marks a remembered glob listing among the remembered file paths. */
    static final String GLOB = "\0glob:";

    private static final String MISSING = "missing";
    private static final String UNREADABLE = "unreadable";

    private final SnapshotContent content;
    private final SortedMap<String, String> digests = new TreeMap<>();

    RecordedReads(SnapshotContent content) {
        this.content = content;
    }

    @Override
    public Optional<byte[]> read(String path) {
        try {
            Optional<byte[]> bytes = content.read(path);
            remember(path, bytes.map(RecordedReads::digest).orElse(MISSING));
            return bytes;
        } catch (RuntimeException unreadable) {
            remember(path, UNREADABLE);
            throw unreadable;
        }
    }

    @Override
    public List<String> list(PathSelector glob) {
        try {
            List<String> paths = content.list(glob);
            remember(GLOB + glob.pattern(), listing(paths));
            return paths;
        } catch (RuntimeException unreadable) {
            remember(GLOB + glob.pattern(), UNREADABLE);
            throw unreadable;
        }
    }

    @Override
    public Optional<String> locationOf(String path) {
        return content.locationOf(path);
    }

    @Override
    public Optional<String> folderUrlOf(String path) {
        return content.folderUrlOf(path);
    }

    /** The digests of the files read (and the glob listings made) so far, by path. */
    synchronized SortedMap<String, String> digests() {
        return new TreeMap<>(digests);
    }

    /** The digests of {@code paths} as they are now, read without being remembered. */
    SortedMap<String, String> digestsOf(Set<String> paths) {
        SortedMap<String, String> now = new TreeMap<>();
        for (String path : paths) {
            try {
                now.put(
                        path,
                        path.startsWith(GLOB)
                                ? listing(content.list(new PathSelector(path.substring(GLOB.length()))))
                                : content.read(path).map(RecordedReads::digest).orElse(MISSING));
            } catch (RuntimeException unreadable) {
                now.put(path, UNREADABLE);
            }
        }
        return now;
    }

    @Override
    public void close() {
        content.close();
    }

    private synchronized void remember(String path, String digest) {
        digests.put(path, digest);
    }

    private static String listing(List<String> paths) {
        return digest(String.join("\n", paths).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM lacks SHA-256, which every Java platform must provide", e);
        }
    }
}
