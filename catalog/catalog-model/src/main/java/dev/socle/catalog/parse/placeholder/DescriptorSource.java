package dev.socle.catalog.parse.placeholder;

import java.nio.file.Path;

/**
 * Reads files that sit beside a descriptor, for {@code $text}, {@code $json} and {@code $yaml} placeholders. The
 * catalog implements it over git checkouts and local directories.
 */
@FunctionalInterface
public interface DescriptorSource {

    /**
     * Reads a file of the location.
     *
     * @param path path relative to the location root, already normalised: forward slashes, no {@code .} or
     *     {@code ..} segments, never absolute
     * @param maxBytes read no more than this; a larger file must fail with {@link DescriptorSourceException}
     * @return the file's bytes
     * @throws DescriptorSourceException when the file is missing, unreadable or too large; this, and any
     *     {@link dev.socle.plugin.InvalidInputException}, {@link dev.socle.plugin.NotAllowedException} or
     *     {@link dev.socle.plugin.NotFoundException} (e.g. the file is a symbolic link, or over the source's own
     *     size limit), becomes a problem on the placeholder's entity; any other exception fails the whole read
     */
    byte[] read(String path, int maxBytes);

    /**
     * Reads the file at an {@code http://} or {@code https://} URL that a placeholder names, as Backstage does. The
     * server reads it through the same readers and allow-lists as locations; by default a source reads no URL, and
     * the placeholder is a problem that says so.
     *
     * @param url the placeholder's value, as written
     * @param maxBytes read no more than this; a larger file must fail with {@link DescriptorSourceException}
     * @return the file's bytes
     * @throws DescriptorSourceException (or another of the exceptions {@link #read} lists) when the URL may not or
     *     cannot be read; it becomes a problem on the placeholder's entity
     */
    default byte[] readUrl(String url, int maxBytes) {
        throw new PlaceholderRefusal("is a URL ('" + url + "'), which is not fetched here (the Socle server reads"
                + " URLs on its allowed hosts); to check the file here, copy it next to the descriptor and write e.g."
                + " ./openapi.yaml");
    }

    /** Files under a local directory, read as the server reads a location: symbolic links are never followed. */
    static DescriptorSource directory(Path root) {
        return new DirectoryDescriptorSource(root);
    }
}
