package dev.socle.shell.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.socle.shell.ColorScheme;
import dev.socle.shell.SignedInUser;
import dev.socle.shell.UserContext;

/** The signed-in person's menu in the header: profile, theme, sign out. */
final class UserMenu extends MenuBar {

    private final UserContext userContext;
    private ColorScheme scheme;

    UserMenu(SignedInUser user, UserContext userContext) {
        this.userContext = userContext;
        this.scheme = userContext.colorScheme();
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        getElement().setAttribute("aria-label", "User menu");
        addClassName("socle-user-menu");

        var avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(user.initials());
        var name = new Span(user.displayName());
        name.addClassName("socle-user-name");
        var trigger = new HorizontalLayout(avatar, name);
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "var(--lumo-space-s)");

        MenuItem root = addItem(trigger);
        root.getElement().setAttribute("aria-label", "User menu for " + user.displayName());
        var sub = root.getSubMenu();
        sub.addItem(withIcon(VaadinIcon.USER, "Profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        MenuItem themeItem = sub.addItem(withIcon(VaadinIcon.ADJUST, themeLabel()));
        themeItem.addClickListener(e -> {
            scheme = scheme.toggled();
            userContext.rememberColorScheme(scheme);
            getUI().ifPresent(ui -> ColorSchemes.apply(ui, scheme));
            themeItem.removeAll();
            themeItem.add(withIcon(VaadinIcon.ADJUST, themeLabel()));
        });
        sub.addItem(withIcon(VaadinIcon.SIGN_OUT, "Sign out"), e -> userContext.signOut());
    }

    private String themeLabel() {
        return scheme == ColorScheme.DARK ? "Light theme" : "Dark theme";
    }

    private static HorizontalLayout withIcon(VaadinIcon icon, String text) {
        var row = new HorizontalLayout(icon.create(), new Span(text));
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }
}
