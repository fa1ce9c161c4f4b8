package dev.socle.catalog.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file read from a location.
 *
 * @param path slash-separated path relative to the repository root (git) or the location's base
 *     directory (file)
 * @param bytes the file's content; copied in and out
 */
record SourceFile(String path, byte[] bytes) {

    public SourceFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile that && path.equals(that.path) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SourceFile[path=" + path + ", " + bytes.length + " bytes]";
    }
}
