package dev.socle.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.socle.security.LocalAccountService;
import dev.socle.security.NewLocalAccount;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.TestIdentities;
import dev.socle.testing.browser.BrowserExtension;
import dev.socle.testing.browser.Shell;
import dev.socle.testing.browser.Socle;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@SocleIntegrationTest
@ExtendWith(BrowserExtension.class)
class ShellBrowserIT {

    record Section(String menuItem, String path, String title) {}

    static final List<Section> SECTIONS = List.of(
            new Section("Catalog", "/catalog", "Catalog · Socle"),
            new Section("Create", "/create", "Create · Socle"),
            new Section("Self-service", "/self-service", "Self-service · Socle"),
            new Section("Docs", "/docs", "Socle documentation · Docs · Socle"),
            new Section("Admin", "/admin", "Admin · Socle"),
            new Section("Home", "/", "Home · Socle"));

    static final String PASSWORD = "browser-test-password";

    @Autowired
    LocalAccountService accounts;

    /** The application context is shared between test classes, so tests that change a person's state use their own. */
    void ensureAccount(String username, String displayName, Set<String> roles) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(new NewLocalAccount(username, displayName, PASSWORD, roles));
        }
    }

    @Test
    void signingInAsTheAdministratorOpensTheHomePage(Socle socle) {
        Shell shell = socle.signInAsAdmin();

        assertThat(shell.heading()).hasText("Welcome to Socle, Administrator");
        assertThat(socle.page().getByRole(AriaRole.MENUBAR, new Page.GetByRoleOptions().setName("User menu")))
                .containsText("Administrator");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage(Socle socle) {
        var login = socle.openLogin();
        login.signIn(TestIdentities.ADMIN_USERNAME, "not-the-password");

        assertThat(login.errorMessage()).isVisible();
        assertThat(socle.page()).hasURL(Pattern.compile(".*/login\\?error$"));
    }

    @Test
    void everyDrawerItemOpensItsOwnBookmarkablePageAndBackAndForwardWork(Socle socle) {
        Shell shell = socle.signInAsAdmin();

        for (Section section : SECTIONS) {
            shell.navigateTo(section.menuItem());
            assertThat(socle.page()).hasTitle(section.title());
            assertThat(socle.page()).hasURL(socle.baseUrl() + section.path());
        }

        socle.page().goBack();
        assertThat(socle.page()).hasTitle("Admin · Socle");
        socle.page().goBack();
        assertThat(socle.page()).hasTitle("Socle documentation · Docs · Socle");
        socle.page().goForward();
        assertThat(socle.page()).hasTitle("Admin · Socle");
    }

    @Test
    void anAnonymousDeepLinkLeadsToLoginAndBackToTheDeepLink(Socle socle) {
        socle.open("docs/problems").signIn(TestIdentities.ADMIN_USERNAME, TestIdentities.ADMIN_PASSWORD);

        assertThat(socle.page()).hasTitle("Problems · Docs · Socle");
        // Spring Security marks the replayed request with ?continue; the page is the deep link itself.
        assertThat(socle.page()).hasURL(Pattern.compile(".*/docs/problems(\\?continue)?$"));
    }

    @Test
    void theThemeToggleIsRememberedForTheUserAcrossSessions(Socle socle) {
        ensureAccount("theo", "Theo Tester", Set.of());
        Shell shell = socle.signIn("theo", PASSWORD);
        assertThat(shell.colorScheme()).isEqualTo("light");

        shell.chooseFromUserMenu("Dark theme");
        socle.page().waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");

        shell.chooseFromUserMenu("Sign out");
        assertThat(socle.page()).hasTitle("Sign in · Socle");
        socle.page().context().clearCookies();
        Shell again = socle.signIn("theo", PASSWORD);
        socle.page().waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");

        again.chooseFromUserMenu("Light theme");
        socle.page().waitForFunction("() => document.documentElement.getAttribute('theme') !== 'dark'");
    }

    @Test
    void signingOutReturnsToTheLoginPageAndProtectsPagesAgain(Socle socle) {
        socle.signInAsAdmin().chooseFromUserMenu("Sign out");
        assertThat(socle.page()).hasTitle("Sign in · Socle");

        socle.page().navigate(socle.baseUrl() + "/catalog");

        assertThat(socle.page()).hasTitle("Sign in · Socle");
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPageInTheLayout(Socle socle) {
        socle.signInAsAdmin();

        int status = socle.navigateForStatus("no/such/page");

        assertThat(status).isEqualTo(404);
        assertThat(socle.page()).hasTitle("Page not found · Socle");
        assertThat(socle.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(socle.shell().navigation()).isVisible();
        assertThat(socle.page().content())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("at dev.socle");
    }

    @Test
    void aPersonWithoutTheAdminRoleGetsAForbiddenPageAndNoAdminMenuItem(Socle socle) {
        ensureAccount("pat", "Pat Developer", Set.of());
        Shell shell = socle.signIn("pat", PASSWORD);
        assertThat(shell.navigation()
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Admin")))
                .hasCount(0);

        int status = socle.navigateForStatus("admin");

        assertThat(status).isEqualTo(403);
        assertThat(socle.page()).hasTitle("Access denied · Socle");
        assertThat(socle.page().getByText("You don't have access to this page")).isVisible();
    }

    @Test
    void aServerErrorShowsAFriendlyPageWithAnErrorIdAndNoStackTrace(Socle socle) {
        socle.signInAsAdmin();

        socle.page().navigate(socle.baseUrl() + "/test-failure");

        assertThat(socle.page()).hasTitle("Something went wrong · Socle");
        assertThat(socle.page().getByText(Pattern.compile("Error id: [0-9a-f-]{36}")))
                .isVisible();
        assertThat(socle.shell().navigation()).isVisible();
        assertThat(socle.page().content())
                .doesNotContain("IllegalStateException")
                .doesNotContain("at dev.socle");
    }

    @Test
    void everythingThePagesLoadComesFromSocleItself(Socle socle) {
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        socle.page().onRequest(request -> requested.add(request.url()));

        Shell shell = socle.signInAsAdmin();
        for (Section section : SECTIONS) {
            shell.navigateTo(section.menuItem());
            assertThat(socle.page()).hasTitle(section.title());
        }
        shell.chooseFromUserMenu("Dark theme");
        shell.chooseFromUserMenu("Light theme");

        assertThat(requested)
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url)
                        .satisfiesAnyOf(
                                local -> assertThat(local).startsWith(socle.baseUrl() + "/"),
                                inline -> assertThat(inline).startsWith("data:")));
    }

    @Test
    void thePhoneLayoutNeverScrollsSideways(Socle socle) {
        socle.page().setViewportSize(390, 844);
        socle.signInAsAdmin();

        for (String path : List.of(
                "", "catalog", "create", "self-service", "docs", "docs/problems", "admin", "profile", "no-such-page")) {
            socle.page().navigate(socle.baseUrl() + "/" + path);
            socle.page().locator("vaadin-app-layout").waitFor();
            Object overflow = socle.page()
                    .evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue())
                    .as("sideways overflow of /%s", path)
                    .isLessThanOrEqualTo(0);
        }
    }
}
