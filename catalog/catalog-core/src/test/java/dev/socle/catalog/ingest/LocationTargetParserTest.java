package dev.socle.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socle.plugin.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTargetParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # target                                                                       | clone URL                                          | branch   | path
            https://github.com/acme/payments/blob/main/catalog-info.yaml                   | https://github.com/acme/payments.git               | main     | catalog-info.yaml
            https://github.com/acme/payments/tree/develop/services/api                     | https://github.com/acme/payments.git               | develop  | services/api
            https://github.com/acme/payments/blob/main/**/catalog-info.yaml                | https://github.com/acme/payments.git               | main     | **/catalog-info.yaml
            https://GHE.Acme.dev:8443/acme/payments/blob/main/a/catalog-info.yaml          | https://GHE.Acme.dev:8443/acme/payments.git        | main     | a/catalog-info.yaml
            https://gitlab.com/group/sub/payments/-/blob/main/catalog-info.yaml            | https://gitlab.com/group/sub/payments.git          | main     | catalog-info.yaml
            https://gitlab.acme.dev/group/payments/-/tree/release/docs                     | https://gitlab.acme.dev/group/payments.git         | release  | docs
            https://gitea.acme.dev/acme/payments/src/branch/main/catalog-info.yaml         | https://gitea.acme.dev/acme/payments.git           | main     | catalog-info.yaml
            https://bitbucket.org/acme/payments/src/main/catalog-info.yaml                 | https://bitbucket.org/acme/payments.git            | main     | catalog-info.yaml
            https://bitbucket.acme.dev/projects/PAY/repos/payments/browse/catalog-info.yaml?at=refs/heads/main | https://bitbucket.acme.dev/scm/pay/payments.git | main | catalog-info.yaml
            https://bitbucket.acme.dev/projects/PAY/repos/payments/browse/a/b.yaml?at=develop | https://bitbucket.acme.dev/scm/pay/payments.git  | develop  | a/b.yaml
            https://git.acme.dev/tools/payments.git?ref=main&path=**/catalog-info.yaml     | https://git.acme.dev/tools/payments.git            | main     | **/catalog-info.yaml
            http://127.0.0.1:8080/git/payments.git?ref=trunk&path=catalog-info.yaml        | http://127.0.0.1:8080/git/payments.git             | trunk    | catalog-info.yaml
            file:///srv/git/payments?ref=main&path=catalog-info.yaml                       | file:/srv/git/payments                             | main     | catalog-info.yaml
            """)
    void urlTargetsOfEachHostFlavourYieldCloneUrlBranchAndPath(
            String target, String cloneUrl, String branch, String path) {
        LocationTarget parsed = LocationTargetParser.parse("url", target);

        assertThat(parsed).isInstanceOfSatisfying(GitTarget.class, git -> {
            assertThat(git.repository()).hasToString(cloneUrl);
            assertThat(git.branch()).isEqualTo(branch);
            assertThat(git.selector().pattern()).isEqualTo(path);
            assertThat(git.original()).isEqualTo(target);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # target                                                                   | file                   | managed-by-location
            https://github.com/acme/payments/tree/main/services                        | services/a/catalog-info.yaml | url:https://github.com/acme/payments/blob/main/services/a/catalog-info.yaml
            https://github.com/acme/payments/blob/main/catalog-info.yaml               | catalog-info.yaml      | url:https://github.com/acme/payments/blob/main/catalog-info.yaml
            https://github.com/acme/payments/blob/main/catalog-info.yaml               | teams.yaml             | url:https://github.com/acme/payments/blob/main/teams.yaml
            https://GHE.Acme.dev:8443/acme/payments/blob/main/**/catalog-info.yaml     | a/catalog-info.yaml    | url:https://GHE.Acme.dev:8443/acme/payments/blob/main/a/catalog-info.yaml
            https://gitlab.com/group/sub/payments/-/tree/main/docs                     | docs/catalog-info.yaml | url:https://gitlab.com/group/sub/payments/-/blob/main/docs/catalog-info.yaml
            https://gitea.acme.dev/acme/payments/src/branch/main/catalog-info.yaml     | a/b.yaml               | url:https://gitea.acme.dev/acme/payments/src/branch/main/a/b.yaml
            https://bitbucket.org/acme/payments/src/main/catalog-info.yaml             | a/b.yaml               | url:https://bitbucket.org/acme/payments/src/main/a/b.yaml
            https://bitbucket.acme.dev/projects/PAY/repos/payments/browse/catalog-info.yaml?at=refs/heads/main | a/b.yaml | url:https://bitbucket.acme.dev/projects/PAY/repos/payments/browse/a/b.yaml?at=refs/heads/main
            https://git.acme.dev/tools/payments.git?ref=main&path=**/catalog-info.yaml | a/catalog-info.yaml    | url:https://git.acme.dev/tools/payments.git?ref=main&path=a/catalog-info.yaml
            file:///srv/git/payments?ref=main&path=catalog-info.yaml                   | teams.yaml             | url:file:///srv/git/payments?ref=main&path=teams.yaml
            """)
    void eachFileOfAGitLocationIsNamedInTheFlavourOfItsTarget(String target, String file, String managedBy) {
        assertThat(((GitTarget) LocationTargetParser.parse("url", target)).locationOf(file))
                .isEqualTo(managedBy);
    }

    @Test
    void theFolderOfAHostedFileHasAUrlAndThatOfAPlainGitFileHasNone() {
        var github =
                (GitTarget) LocationTargetParser.parse("url", "https://github.com/acme/payments/tree/main/services");
        var plain = (GitTarget) LocationTargetParser.parse("url", "https://git.acme.dev/p.git?ref=main&path=a.yaml");

        assertThat(github.fileUrls().folderOf("services/a/catalog-info.yaml"))
                .hasValue("https://github.com/acme/payments/blob/main/services/a/");
        assertThat(github.fileUrls().folderOf("catalog-info.yaml"))
                .hasValue("https://github.com/acme/payments/blob/main/");
        assertThat(plain.fileUrls().folderOf("a.yaml")).isEmpty();
    }

    @Test
    void fileUrlsAreLocalAndHttpsUrlsAreNot() {
        assertThat(((GitTarget) LocationTargetParser.parse("url", "file:///srv/r?ref=main&path=a.yaml")).isLocal())
                .isTrue();
        assertThat(((GitTarget) LocationTargetParser.parse("url", "https://github.com/acme/payments/blob/main/a.yaml"))
                        .isLocal())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://github.com/acme",
                "https://github.com/acme/payments",
                "https://github.com/acme/payments/pulls/3",
                "ftp://github.com/acme/payments/blob/main/a.yaml",
                "git@github.com:acme/payments.git",
                "not a url at all",
                "https://git.acme.dev/payments.git",
                "https://git.acme.dev/payments.git?ref=main",
                "https://github.com/acme/payments/blob/main/../../etc/passwd",
                "https://bitbucket.acme.dev/projects/PAY/repos/payments/browse/catalog-info.yaml",
                "https://user:secret@github.com/acme/payments/blob/main/a.yaml",
                "file://org/repo?ref=main&path=catalog-info.yaml",
                "file:relative/repo?ref=main&path=catalog-info.yaml",
            })
    void unparseableUrlTargetsAreInvalidInputNamingTheTarget(String target) {
        assertThatThrownBy(() -> LocationTargetParser.parse("url", target))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(target.contains("secret") ? "contains credentials" : target)
                .hasMessageNotContaining("secret");
    }

    @Test
    void unparseableUrlMessageListsTheAcceptedForms() {
        assertThatThrownBy(() -> LocationTargetParser.parse("url", "https://github.com/acme"))
                .hasMessageContaining("/blob/<branch>/<path>")
                .hasMessageContaining("/-/blob/")
                .hasMessageContaining("/src/branch/")
                .hasMessageContaining("type file");
    }

    @Test
    void credentialsInUrlsAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> LocationTargetParser.parse(
                        "url",
                        "https://github.com/acme/payments.git?ref=main&path=a.yaml"
                                .replace("https://", "https://u:hunter2@")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("host-tokens")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void unknownTypeIsInvalidInput() {
        assertThatThrownBy(() -> LocationTargetParser.parse("github-discovery", "https://github.com/acme"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("github-discovery")
                .hasMessageContaining("use type url or file");
    }

    @Test
    void fileTargetSplitsAtTheFirstGlobSegment() {
        FileTarget target = (FileTarget) LocationTargetParser.parse("file", "/srv/catalog/**/catalog-info.yaml");

        assertThat(target.path()).isEqualTo(Path.of("/srv/catalog"));
        assertThat(target.selector().pattern()).isEqualTo("**/catalog-info.yaml");
    }

    @Test
    void plainFileTargetSelectsTheWholePath() {
        FileTarget target = (FileTarget) LocationTargetParser.parse("file", "/srv/catalog/catalog-info.yaml");

        assertThat(target.path()).isEqualTo(Path.of("/srv/catalog/catalog-info.yaml"));
        assertThat(target.selector()).isEqualTo(PathSelector.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/catalog-info.yaml", "file:///srv/x.yaml", "/srv/../etc/passwd", "/srv/./x.yaml"})
    void fileTargetsMustBeAbsoluteAndNormal(String target) {
        assertThatThrownBy(() -> LocationTargetParser.parse("file", target))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(target);
    }
}
