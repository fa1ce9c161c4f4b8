package dev.socle.catalog.parse.placeholder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads placeholder targets from a local directory tree as the server reads a location: symbolic links are never
 * followed, so nothing outside the tree can be reached.
 */
final class DirectoryDescriptorSource implements DescriptorSource {

    private final Path root;

    DirectoryDescriptorSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public byte[] read(String path, int maxBytes) {
        Path file = root.resolve(path).normalize();
        try {
            Path real = file.toRealPath();
            if (!real.equals(root.toRealPath().resolve(path).normalize())) {
                throw new DescriptorSourceException("File " + path + " is or passes through a symbolic link, which "
                        + "Socle never follows; reference the target file itself.");
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] content = in.readNBytes(maxBytes + 1);
                if (content.length > maxBytes) {
                    throw new DescriptorSourceException("File " + path + " is larger than " + maxBytes
                            + " bytes, the limit for substituted content; reference a smaller file.");
                }
                return content;
            }
        } catch (NoSuchFileException missing) {
            throw new DescriptorSourceException(
                    "File " + path + " does not exist in this location; check the path, which is relative to the"
                            + " descriptor.",
                    missing);
        } catch (IOException unreadable) {
            throw new DescriptorSourceException(
                    "File " + path + " could not be read ("
                            + unreadable.getClass().getSimpleName() + "); check that it is a readable file.",
                    unreadable);
        }
    }
}
