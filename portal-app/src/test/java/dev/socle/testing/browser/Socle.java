package dev.socle.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.socle.testing.TestIdentities;

/** The application under test, as a person in a browser sees it: the entry point of the page objects. */
public record Socle(Page page, String baseUrl) {

    public LoginPage open(String path) {
        page.navigate(baseUrl + "/" + path);
        return new LoginPage(page);
    }

    public LoginPage openLogin() {
        return open("login");
    }

    /** Signs in as the test administrator and waits for the home page. */
    public Shell signInAsAdmin() {
        return signIn(TestIdentities.ADMIN_USERNAME, TestIdentities.ADMIN_PASSWORD);
    }

    public Shell signIn(String username, String password) {
        openLogin().signIn(username, password);
        assertThat(page).hasTitle("Home · Socle");
        return new Shell(page);
    }

    /** Opens a page as a person typing its address would, and returns the HTTP status of the page load. */
    public int navigateForStatus(String path) {
        return page.navigate(baseUrl + "/" + path).status();
    }

    public Shell shell() {
        return new Shell(page);
    }
}
