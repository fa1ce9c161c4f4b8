package dev.socle.catalog.validate.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The directory a descriptor's placeholders and Location targets must stay in, as the server's location root: the
 * git working tree holding the file, else the directory named on the command line, else the file's own directory.
 */
final class DescriptorRoots {

    private DescriptorRoots() {}

    /**
     * @param file a descriptor file
     * @param searched the directory argument the file was found under, or {@code null} when the file was named
     */
    static Path of(Path file, @Nullable Path searched) {
        Path directory = file.toAbsolutePath().normalize().getParent();
        return gitTopLevel(directory)
                .or(() -> Optional.ofNullable(searched)
                        .map(dir -> dir.toAbsolutePath().normalize()))
                .orElse(directory);
    }

    /** The nearest directory at or above {@code directory} with a {@code .git} entry (a folder, or a file in a worktree). */
    static Optional<Path> gitTopLevel(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** {@code file}'s path below {@code root} with forward slashes, or empty when it lies outside. */
    static Optional<String> relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(absolute)
                .toString()
                .replace(absolute.getFileSystem().getSeparator(), "/"));
    }
}
