package dev.socle.catalog.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The new and changed entities of a snapshot, whose content waits for the stitch so that each body is written once:
 * the stitch assembles the served body from it, and the served body is all that is stored. Content is kept in memory up to
 * a budget and spills beyond it to a temporary file, created readable by its owner only and deleted on close (on
 * Linux, as soon as it is opened).
 * Added to from one thread; read from several once adding is done.
 */
final class UnsavedEntities implements AutoCloseable {

    static final UnsavedEntities NONE = new UnsavedEntities(0);
    static final long MEMORY_BUDGET = 32L * 1024 * 1024;

    private final long memoryBudget;
    private final Map<String, EntityWrite> inMemory = new HashMap<>();
    private final Map<String, Spilled> spilled = new HashMap<>();
    private long memoryChars;
    private @Nullable FileChannel spill;
    private long spillSize;

    UnsavedEntities(long memoryBudget) {
        this.memoryBudget = memoryBudget;
    }

    void add(EntityWrite write) {
        if (memoryChars + write.processedBody().length() <= memoryBudget) {
            inMemory.put(write.ref(), write);
            memoryChars += write.processedBody().length();
            return;
        }
        byte[] content = write.processedBody().getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel channel = spillChannel();
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer, spillSize + buffer.position());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(
                    "Could not set aside the content of " + write.ref() + " in a temporary file; check the space in "
                            + System.getProperty("java.io.tmpdir"),
                    failed);
        }
        spilled.put(write.ref(), new Spilled(write.withoutContent(), spillSize, content.length));
        spillSize += content.length;
    }

    boolean contains(String ref) {
        return inMemory.containsKey(ref) || spilled.containsKey(ref);
    }

    /** The entity's row as added, its content read back from the file if it spilled; {@code null} if not new. */
    @Nullable
    EntityWrite get(String ref) {
        EntityWrite kept = inMemory.get(ref);
        if (kept != null) {
            return kept;
        }
        Spilled set = spilled.get(ref);
        return set == null ? null : set.write().withContent(readBack(set));
    }

    Set<String> refs() {
        Set<String> refs = new HashSet<>(inMemory.keySet());
        refs.addAll(spilled.keySet());
        return refs;
    }

    /** Deletes the temporary file, if any; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException ignored) {
                // the file was opened to be deleted on close; nothing else to release
            }
            spill = null;
        }
    }

    private synchronized FileChannel spillChannel() throws IOException {
        if (spill == null) {
            Path file = Files.createTempFile("socle-snapshot-", ".json");
            spill = FileChannel.open(
                    file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        }
        return spill;
    }

    private String readBack(Spilled set) {
        ByteBuffer buffer = ByteBuffer.allocate(set.length());
        try {
            FileChannel channel = spillChannel();
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, set.position() + buffer.position()) < 0) {
                    throw new IOException("the file ended early");
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(
                    "Could not read back the content of " + set.write().ref() + " from its temporary file", failed);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    private record Spilled(EntityWrite write, long position, int length) {}
}
