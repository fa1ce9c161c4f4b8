package dev.socle.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.socle.security.LocalAccountService;
import dev.socle.security.NewLocalAccount;
import dev.socle.security.Roles;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.browser.BrowserExtension;
import dev.socle.testing.browser.Socle;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Photographs every page, light and dark, desktop and phone, into {@code target/screenshots} so people can look at
 * them; each shot first checks the page really is the one named.
 */
@SocleIntegrationTest
@ExtendWith(BrowserExtension.class)
class ScreenshotTourBrowserIT {

    @Autowired
    LocalAccountService accounts;

    static final Map<String, String> PAGES = Map.of(
            "home", "Home · Socle",
            "catalog", "Catalog · Socle",
            "create", "Create · Socle",
            "self-service", "Self-service · Socle",
            "docs", "Socle documentation · Docs · Socle",
            "docs/catalog", "Software catalog · Docs · Socle",
            "docs/performance", "Performance · Docs · Socle",
            "admin", "Admin · Socle",
            "profile", "Profile · Socle",
            "not-found", "Page not found · Socle");

    @Test
    void everyPageInBothThemesOnDesktopAndPhone(Socle socle) {
        socle.page().navigate(socle.baseUrl() + "/login");
        assertThat(socle.page()).hasTitle("Sign in · Socle");
        shoot(socle.page(), "login-desktop-light");
        if (accounts.find("tour").isEmpty()) {
            accounts.create(new NewLocalAccount("tour", "Alex Platform", "tour-password-1234", Set.of(Roles.ADMIN)));
        }
        socle.signIn("tour", "tour-password-1234");
        for (String scheme : new String[] {"light", "dark"}) {
            if (scheme.equals("dark")) {
                socle.shell().chooseFromUserMenu("Dark theme");
                socle.page().waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
            }
            for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                socle.page().setViewportSize(size[0], size[1]);
                String device = size[0] > 600 ? "desktop" : "phone";
                PAGES.forEach((name, title) -> {
                    String path = name.equals("home") ? "" : name.equals("not-found") ? "no-such-page" : name;
                    socle.page().navigate(socle.baseUrl() + "/" + path);
                    assertThat(socle.page()).hasTitle(title);
                    socle.page()
                            .waitForFunction("() => document.documentElement.getAttribute('theme') "
                                    + (scheme.equals("dark") ? "=== 'dark'" : "!== 'dark'"));
                    shoot(socle.page(), name.replace('/', '-') + "-" + device + "-" + scheme);
                });
            }
        }
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
