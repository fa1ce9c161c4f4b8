package dev.socle.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.socle.shell.UserContext;

/** The frame of every signed-in page: header with the product name and user menu, drawer navigation. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    private final UserContext userContext;

    MainLayout(UserContext userContext) {
        this.userContext = userContext;
        setPrimarySection(Section.NAVBAR);
        addToNavbar(header());
        addToDrawer(navigation());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ColorSchemes.apply(attachEvent.getUI(), userContext.colorScheme());
    }

    private Component header() {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var productName = new Anchor("", "Socle");
        productName.addClassName("socle-product-name");
        var header = new HorizontalLayout(toggle, productName);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.addClassName("socle-header");
        userContext.currentUser().ifPresent(user -> {
            var menu = new UserMenu(user, userContext);
            header.addToEnd(menu);
        });
        return header;
    }

    private static Component navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Main navigation");
        nav.addClassName("socle-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }
}
