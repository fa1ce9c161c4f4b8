package dev.socle.catalog.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * A real git repository with a working tree, made with JGit, for tests that read locations:
 *
 * <pre>{@code
 * try (TestGitRepo repo = TestGitRepo.create(tempDir.resolve("payments"))) {
 *     repo.writeFile("catalog-info.yaml", "kind: Component ...");
 *     String commit = repo.commit("Add descriptor");
 *     // read repo.uri() on branch "main"
 * }
 * }</pre>
 *
 * Changes are staged as they are made; {@link #commit} records them on the current branch.
 */
public final class TestGitRepo implements AutoCloseable {

    /** The branch a new repository starts on. */
    public static final String MAIN = "main";

    private static final PersonIdent AUTHOR = new PersonIdent("Socle Test", "test@socle.dev");

    private final Git git;
    private final Path directory;

    private TestGitRepo(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    /** Initialises a repository in {@code directory} (created if missing) on branch {@code main}. */
    public static TestGitRepo create(Path directory) {
        try {
            Files.createDirectories(directory);
            Git git = Git.init()
                    .setDirectory(directory.toFile())
                    .setInitialBranch(MAIN)
                    .call();
            return new TestGitRepo(git, directory.toRealPath());
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Could not create a test git repository in " + directory, e);
        }
    }

    /** Writes {@code content} as UTF-8 to {@code path} (slash-separated, relative) and stages it. */
    public TestGitRepo writeFile(String path, String content) {
        return writeFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code path} (slash-separated, relative) and stages it. */
    public TestGitRepo writeFile(String path, byte[] content) {
        Path file = resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            git.add().addFilepattern(path).call();
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Could not write " + path + " in " + directory, e);
        }
    }

    /** Creates a symbolic link at {@code path} pointing at {@code target} and stages it as a link. */
    public TestGitRepo writeSymlink(String path, String target) {
        Path link = resolve(path);
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, Path.of(target));
            git.add().addFilepattern(path).call();
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Could not create symbolic link " + path + " in " + directory, e);
        }
    }

    /** Deletes {@code path} and stages the removal. */
    public TestGitRepo deleteFile(String path) {
        try {
            git.rm().addFilepattern(path).call();
            Files.deleteIfExists(resolve(path));
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Could not delete " + path + " in " + directory, e);
        }
    }

    /** Commits everything staged on the current branch; returns the commit id (40 hex digits). */
    public String commit(String message) {
        try {
            return git.commit()
                    .setMessage(message)
                    .setAuthor(AUTHOR)
                    .setCommitter(AUTHOR)
                    .setSign(false)
                    .setAllowEmpty(true)
                    .call()
                    .name();
        } catch (GitAPIException e) {
            throw new IllegalStateException("Could not commit in " + directory, e);
        }
    }

    /** Switches to {@code branch}, creating it from the current commit when it does not exist. */
    public TestGitRepo switchBranch(String branch) {
        try {
            boolean exists = git.getRepository().findRef(Constants.R_HEADS + branch) != null;
            git.checkout().setName(branch).setCreateBranch(!exists).call();
            return this;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("Could not switch to branch " + branch + " in " + directory, e);
        }
    }

    /** The commit id at the tip of {@code branch}. */
    public String head(String branch) {
        try {
            ObjectId id = git.getRepository().resolve(Constants.R_HEADS + branch);
            if (id == null) {
                throw new IllegalStateException("Branch " + branch + " does not exist in " + directory);
            }
            return id.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code file://} URL of the repository, usable as a clone URL. */
    public URI uri() {
        return directory.toUri();
    }

    /** The working tree's directory (real path). */
    public Path directory() {
        return directory;
    }

    /** The underlying JGit repository, for what this class does not cover. */
    public Repository repository() {
        return git.getRepository();
    }

    @Override
    public void close() {
        git.close();
    }

    private Path resolve(String path) {
        Path file = directory.resolve(path).normalize();
        if (!file.startsWith(directory) || file.equals(directory)) {
            throw new IllegalArgumentException("Path " + path + " leaves the repository " + directory);
        }
        return file;
    }
}
