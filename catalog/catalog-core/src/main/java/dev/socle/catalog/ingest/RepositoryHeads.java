package dev.socle.catalog.ingest;

import dev.socle.catalog.CatalogProperties;
import dev.socle.plugin.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LsRemoteCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the default branch of a repository (the branch its {@code HEAD} names), after the {@link ReadingPolicy} has
 * allowed the repository: what Backstage's import flow reads a repository URL at.
 */
@Component
public class RepositoryHeads {

    private static final List<String> USUAL_DEFAULTS = List.of("main", "master");

    private final CatalogProperties.Reading reading;
    private final ReadingPolicy policy;

    RepositoryHeads(CatalogProperties properties) {
        this.reading = properties.reading();
        this.policy = new ReadingPolicy(reading);
    }

    /**
     * The default branch of the repository at {@code repository} ({@code https}, {@code http} or {@code file} URL).
     *
     * @throws dev.socle.plugin.NotAllowedException when the repository is outside the reading allow-lists
     * @throws NotFoundException when there is no such repository, or it has no branch
     * @throws SourceUnavailableException when the repository cannot be reached
     */
    public String defaultBranch(URI repository) {
        GitTarget target = new GitTarget(
                repository,
                "HEAD",
                PathSelector.all(),
                repository.toString(),
                new FileUrls(repository + "?ref=HEAD&path=", "", false));
        policy.check(target);
        return target.isLocal() ? localDefault(Path.of(repository)) : remoteDefault(repository);
    }

    private String remoteDefault(URI repository) {
        LsRemoteCommand command = Git.lsRemoteRepository()
                .setRemote(repository.toString())
                .setHeads(true)
                .setTimeout(Math.toIntExact(Math.max(1, reading.fetchTimeout().toSeconds())));
        reading.credentialsFor(repository.getHost())
                .ifPresent(token -> command.setCredentialsProvider(
                        new UsernamePasswordCredentialsProvider(token.username(), token.token())));
        try {
            Collection<Ref> refs = command.callAsMap().values();
            Optional<Ref> head = refs.stream()
                    .filter(ref -> ref.getName().equals(Constants.HEAD))
                    .findFirst();
            if (head.isPresent() && head.get().isSymbolic()) {
                return Repository.shortenRefName(head.get().getTarget().getName());
            }
            List<Ref> branches = refs.stream()
                    .filter(ref -> ref.getName().startsWith(Constants.R_HEADS))
                    .toList();
            return branches.stream()
                    .filter(branch -> head.isPresent()
                            && branch.getObjectId() != null
                            && branch.getObjectId().equals(head.get().getObjectId()))
                    .map(branch -> Repository.shortenRefName(branch.getName()))
                    .findFirst()
                    .or(() -> USUAL_DEFAULTS.stream()
                            .filter(name -> branches.stream()
                                    .anyMatch(branch -> branch.getName().equals(Constants.R_HEADS + name)))
                            .findFirst())
                    .orElseThrow(() -> new NotFoundException("Repository " + repository + " has no default branch"
                            + " to read; push a branch to it, or name a file URL with its branch instead."));
        } catch (InvalidRemoteException | TransportException e) {
            throw new NotFoundException(
                    "Repository " + repository + " does not exist or is not visible with the"
                            + " configured token; check the URL and socle.catalog.reading.host-tokens.",
                    e);
        } catch (GitAPIException e) {
            throw new SourceUnavailableException(
                    "Could not list the branches of " + repository + ": " + e.getMessage()
                            + ". Check the URL and that the host is reachable.",
                    e);
        }
    }

    private static String localDefault(Path directory) {
        try (Repository repository = new FileRepositoryBuilder()
                .setMustExist(true)
                .findGitDir(directory.toFile())
                .build()) {
            Ref head = repository.exactRef(Constants.HEAD);
            if (head == null || !head.isSymbolic()) {
                throw new NotFoundException("Repository " + directory + " has no branch checked out as HEAD; name a"
                        + " file URL with its branch instead.");
            }
            return Repository.shortenRefName(head.getTarget().getName());
        } catch (IOException e) {
            throw new NotFoundException(
                    "Repository " + directory + " is not a git repository Socle can open: " + e.getMessage() + ".", e);
        }
    }
}
