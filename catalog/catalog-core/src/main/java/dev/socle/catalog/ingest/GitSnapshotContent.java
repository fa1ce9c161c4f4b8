package dev.socle.catalog.ingest;

import dev.socle.plugin.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.jspecify.annotations.Nullable;

/**
 * Reads further files of one commit on demand. The first read opens the cached repository and indexes the whole tree
 * in one walk; later reads are map lookups. Looking each path up with its own tree walk and repository was quadratic
 * in the number of files (35,000 files took minutes).
 */
final class GitSnapshotContent implements SnapshotContent {

    private final Path directory;
    private final ObjectId commit;
    private final String original;
    private final GitTarget target;
    private final GitTreeReader treeReader;
    private @Nullable Repository repository;
    private @Nullable Map<String, Entry> tree;

    GitSnapshotContent(Path directory, ObjectId commit, GitTarget target, GitTreeReader treeReader) {
        this.directory = directory;
        this.commit = commit;
        this.target = target;
        this.original = target.original();
        this.treeReader = treeReader;
    }

    @Override
    public synchronized Optional<byte[]> read(String path) {
        try {
            Entry entry = tree().get(path);
            if (entry == null) {
                return Optional.empty();
            }
            if (entry.mode() == FileMode.SYMLINK) {
                throw new InvalidInputException("File " + path + " of location " + original + " is a symbolic link; "
                        + "Socle never follows links in repositories: reference the target file itself.");
            }
            if (entry.mode() != FileMode.REGULAR_FILE && entry.mode() != FileMode.EXECUTABLE_FILE) {
                return Optional.empty();
            }
            ObjectLoader loader = repository().open(entry.blob(), Constants.OBJ_BLOB);
            treeReader.checkFileSize(original, path, loader.getSize());
            return Optional.of(loader.getBytes());
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not read " + path + " of commit " + commit.name()
                            + " from the git cache " + directory + " (location " + original + "): " + e.getMessage()
                            + ". Read the location again.",
                    e);
        }
    }

    @Override
    public Optional<String> locationOf(String path) {
        return Optional.of(target.locationOf(path));
    }

    @Override
    public Optional<String> folderUrlOf(String path) {
        return target.fileUrls().folderOf(path);
    }

    @Override
    public synchronized List<String> list(PathSelector glob) {
        java.util.function.Predicate<String> matcher = glob.matcher();
        try {
            return tree().entrySet().stream()
                    .filter(e -> e.getValue().mode() == FileMode.REGULAR_FILE
                            || e.getValue().mode() == FileMode.EXECUTABLE_FILE)
                    .map(Map.Entry::getKey)
                    .filter(matcher)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    "Could not list " + glob.pattern() + " in commit " + commit.name()
                            + " from the git cache " + directory + " (location " + original + "): " + e.getMessage()
                            + ". Read the location again.",
                    e);
        }
    }

    @Override
    public synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }

    private Map<String, Entry> tree() throws IOException {
        if (tree == null) {
            Map<String, Entry> entries = new HashMap<>();
            try (RevWalk revWalk = new RevWalk(repository());
                    TreeWalk walk = new TreeWalk(repository())) {
                walk.addTree(revWalk.parseCommit(commit).getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    entries.put(walk.getPathString(), new Entry(walk.getObjectId(0), walk.getFileMode(0)));
                }
            }
            tree = entries;
        }
        return tree;
    }

    private Repository repository() throws IOException {
        if (repository == null) {
            repository = GitCache.open(directory);
        }
        return repository;
    }

    private record Entry(ObjectId blob, FileMode mode) {}
}
