package dev.socle.catalog.ingest;

import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the selected files of one commit straight from git objects: no working tree, so symbolic
 * links in the repository are entries to skip, never paths to follow.
 */
final class GitTreeReader {

    private final ReadLimits limits;

    GitTreeReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** The regular files of {@code commitId} selected by {@code target}, and notes on what was skipped. */
    Selection read(Repository repository, ObjectId commitId, GitTarget target) throws IOException {
        PathSelector selector = target.selector();
        List<SourceFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        try (RevWalk revWalk = new RevWalk(repository);
                TreeWalk walk = new TreeWalk(repository)) {
            RevCommit commit = revWalk.parseCommit(commitId);
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!selector.literalPrefix().isEmpty()) {
                walk.setFilter(PathFilter.create(selector.literalPrefix()));
            }
            Predicate<String> matcher = selector.matcher();
            boolean matchedAny = false;
            boolean pathExists = false;
            while (walk.next()) {
                String path = walk.getPathString();
                pathExists = true;
                if (!matcher.test(path)) {
                    continue;
                }
                matchedAny = true;
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    limits.checkFileCount(target.original(), files.size() + refused.size() + 1);
                    ObjectLoader loader = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB);
                    if (limits.tooLarge(loader.getSize())) {
                        refused.add(new RefusedFile(path, limits.tooLarge(target.original(), path, loader.getSize())));
                    } else {
                        files.add(new SourceFile(path, loader.getBytes()));
                    }
                } else if (mode == FileMode.SYMLINK) {
                    skip(notes, target, path, "is a symbolic link; Socle never follows links in repositories");
                } else {
                    skip(notes, target, path, "is a submodule or other non-file entry");
                }
            }
            if (selector.isGlob() && !matchedAny) {
                notes.add(PathSelector.matchesNothing(target.original(), selector));
            }
            if (!selector.isGlob() && !matchedAny && pathExists) {
                throw new NotFoundException("Folder '" + selector.pattern() + "' on branch " + target.branch()
                        + " of " + target.repository() + " at commit " + commitId.name() + " (location "
                        + target.original() + ") holds no catalog-info.yaml or catalog-info.yml; add one, or name"
                        + " the descriptor file or a glob in the target.");
            }
            if (!selector.isGlob() && !matchedAny) {
                throw new NotFoundException("Path '" + selector.pattern() + "' does not exist on branch "
                        + target.branch() + " of " + target.repository() + " at commit " + commitId.name()
                        + " (location " + target.original() + "); correct the path or branch.");
            }
        }
        return new Selection(files, notes, refused);
    }

    void checkFileSize(String original, String path, long size) {
        limits.checkFileSize(original, path, size);
    }

    private static void skip(List<String> notes, GitTarget target, String path, String why) {
        notes.add("Skipped " + path + " of location " + target.original() + ": it " + why + ".");
    }

    /** Files read, notes on skipped entries, and files not read as they are over the size limit. */
    record Selection(List<SourceFile> files, List<String> notes, List<RefusedFile> refused) {}
}
