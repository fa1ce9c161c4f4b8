package dev.socle.catalog.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of stored content, used for content hashes and etags. */
final class ContentHash {

    private ContentHash() {}

    /** The hex SHA-256 of the given parts, each followed by a separator so that parts cannot run together. */
    public static String of(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A 32-character etag derived from the given text. */
    public static String etag(String text) {
        return of(text).substring(0, 32);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java platform must provide", missing);
        }
    }
}
