package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.plugin.InvalidInputException;
import dev.socle.plugin.NotAllowedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link FileTarget}: one file, or the files below a directory that its selector matches.
 * Symbolic links below the location are skipped, never followed.
 */
final class FileSourceReader {

    private static final Logger log = LoggerFactory.getLogger(FileSourceReader.class);

    private final ReadingPolicy policy;
    private final ReadLimits limits;

    public FileSourceReader(CatalogProperties.Reading reading, ReadingPolicy policy) {
        this.policy = policy;
        this.limits = ReadLimits.of(reading);
    }

    public SourceSnapshot read(FileTarget target) {
        Path real = policy.allowedLocalPath(target.path(), target.original()).realPath();
        try {
            if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                if (!target.selector().pattern().isEmpty()) {
                    throw new InvalidInputException(
                            "File location " + target.original() + " puts a glob below the file " + target.path()
                                    + "; put the glob below a directory instead.");
                }
                Path base = real.getParent();
                String name = real.getFileName().toString();
                var content = new DirectoryContent(base, target.original(), name);
                long size = Files.size(real);
                if (limits.tooLarge(size)) {
                    return new SourceSnapshot(
                            null,
                            List.of(),
                            List.of(),
                            content,
                            List.of(new RefusedFile(name, limits.tooLarge(target.original(), name, size))));
                }
                byte[] bytes = readFile(real, name, target.original());
                return new SourceSnapshot(null, List.of(new SourceFile(name, bytes)), List.of(), content);
            }
            return readDirectory(real, target);
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not read location " + target.original() + ": " + e.getMessage(), e);
        }
    }

    private SourceSnapshot readDirectory(Path base, FileTarget target) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        Predicate<String> matcher = target.selector().matcher();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = relative(base, file);
                if (!matcher.test(path)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    limits.checkFileCount(target.original(), files.size() + refused.size() + 1);
                    if (limits.tooLarge(attributes.size())) {
                        refused.add(new RefusedFile(path, limits.tooLarge(target.original(), path, attributes.size())));
                    } else {
                        files.add(new SourceFile(path, readFile(file, path, target.original())));
                    }
                } else {
                    String why = attributes.isSymbolicLink()
                            ? "is a symbolic link, which Socle never follows"
                            : "is not a regular file";
                    notes.add("Skipped " + path + " of location " + target.original() + ": it " + why + ".");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.isEmpty() && refused.isEmpty() && notes.isEmpty()) {
            notes.add(PathSelector.matchesNothing(target.original(), target.selector()));
        }
        notes.forEach(note -> log.info("{}", note));
        return new SourceSnapshot(null, files, notes, new DirectoryContent(base, target.original(), null), refused);
    }

    /** Further files below the location's base directory, read when a descriptor refers to them. */
    private final class DirectoryContent implements SnapshotContent {

        private final Path base;
        private final String original;
        private final @Nullable String targetFile;

        /** {@code targetFile}: the name of the file the location names, when it names a file. */
        DirectoryContent(Path base, String original, @Nullable String targetFile) {
            this.base = base;
            this.original = original;
            this.targetFile = targetFile;
        }

        @Override
        public Optional<byte[]> read(String path) {
            return readLater(base, path, original);
        }

        @Override
        public Optional<String> locationOf(String path) {
            return Optional.of("file:"
                    + (path.equals(targetFile) ? original : base.resolve(path).normalize()));
        }

        @Override
        public List<String> list(PathSelector glob) {
            Path start = base.resolve(glob.literalPrefix()).normalize();
            if (!start.startsWith(base) || !Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            Predicate<String> matcher = glob.matcher();
            List<String> paths = new ArrayList<>();
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String path = relative(base, file);
                        if (attributes.isRegularFile() && matcher.test(path)) {
                            paths.add(path);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new SourceUnavailableException(
                        "Could not list " + glob.pattern() + " of location " + original + ": " + e.getMessage(), e);
            }
            return paths.stream().sorted().toList();
        }
    }

    private Optional<byte[]> readLater(Path base, String path, String original) {
        Path file = base.resolve(path).normalize();
        try {
            if (!file.startsWith(base) || !file.toRealPath().equals(file)) {
                throw new NotAllowedException(
                        "File " + path + " of location " + original
                                + " is or passes through a symbolic link, which Socle never follows; reference the target file itself.");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(readFile(file, path, original));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not read " + path + " of location " + original + ": " + e.getMessage(), e);
        }
    }

    private byte[] readFile(Path file, String path, String original) throws IOException {
        limits.checkFileSize(original, path, Files.size(file));
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, limits.maxFileSize() + 1)));
            limits.checkFileSize(original, path, bytes.length);
            return bytes;
        }
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
