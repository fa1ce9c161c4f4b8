package dev.socle.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.socle.testing.SocleIntegrationTest;
import dev.socle.testing.browser.BrowserExtension;
import dev.socle.testing.browser.Socle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@SocleIntegrationTest
@ExtendWith(BrowserExtension.class)
class AdminAccountsBrowserIT {

    @Test
    void anAdministratorCreatesALocalAccountAndARefusedOneKeepsWhatWasTyped(Socle socle) {
        socle.signInAsAdmin().navigateTo("Admin");
        Page page = socle.page();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New local account"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true))
                .fill("robin.ops");
        dialog.getByLabel("Display name").fill("Robin Ops");
        dialog.getByLabel("Initial password", new Locator.GetByLabelOptions().setExact(true))
                .fill("short");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create"))
                .click();

        assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("at least 12 characters");
        assertThat(dialog.getByLabel("Username", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue("robin.ops");

        dialog.getByLabel("Initial password", new Locator.GetByLabelOptions().setExact(true))
                .fill("a-long-enough-password");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create"))
                .click();

        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("vaadin-grid").first().getByText("Robin Ops")).isVisible();
    }
}
