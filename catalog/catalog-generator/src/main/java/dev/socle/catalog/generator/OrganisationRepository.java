package dev.socle.catalog.generator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** Makes a generated organisation a git repository with one commit on {@code main}, the same commit for one seed. */
public final class OrganisationRepository {

    private static final Instant COMMITTED = Instant.parse("2026-01-01T00:00:00Z");

    private OrganisationRepository() {}

    /** Commits every file of {@code directory} on a new {@code main} branch. */
    public static void commit(Path directory) {
        PersonIdent author = new PersonIdent(
                "Synthetic organisation",
                "bench@example.com",
                COMMITTED,
                TimeZone.getTimeZone(ZoneOffset.UTC).toZoneId());
        try (Git git = Git.init()
                .setDirectory(directory.toFile())
                .setInitialBranch("main")
                .call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("Synthetic organisation")
                    .setAuthor(author)
                    .setCommitter(author)
                    .setSign(false)
                    .call();
        } catch (GitAPIException failed) {
            throw new IllegalStateException(
                    "Could not commit the synthetic organisation in " + directory
                            + "; check that the folder is writable and not a git repository already",
                    failed);
        }
    }
}
