package dev.socle.testing.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The frame around every signed-in page: drawer navigation and the user menu. */
public record Shell(Page page) {

    public Locator navigation() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
    }

    public void navigateTo(String item) {
        navigation()
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(item).setExact(true))
                .click();
    }

    public void openUserMenu() {
        page.locator("vaadin-menu-bar.socle-user-menu vaadin-menu-bar-button")
                .first()
                .click();
    }

    public void chooseFromUserMenu(String item) {
        openUserMenu();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item))
                .click();
    }

    public Locator heading() {
        return page.locator("h1.socle-view-title");
    }

    /** The colour scheme the page currently shows, as Vaadin sets it on the root element. */
    public String colorScheme() {
        return (String) page.evaluate("() => document.documentElement.getAttribute('theme') || 'light'");
    }
}
