package dev.socle.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.socle.home.RecentCatalogChanges;
import dev.socle.shell.SignedInUser;
import dev.socle.shell.UserContext;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Where a person lands: what Socle offers and where to go. */
@Route("")
@PageTitle("Home · Socle")
@Menu(order = 1, title = "Home", icon = "vaadin:home")
@PermitAll
final class HomeView extends Composite<VerticalLayout> {

    HomeView(UserContext userContext, RecentCatalogChanges catalogChanges) {
        var content = getContent();
        content.addClassName("socle-view");
        String name = userContext.currentUser().map(SignedInUser::displayName).orElse("");
        content.add(new ViewToolbar("Welcome to Socle" + (name.isEmpty() ? "" : ", " + name)));
        content.add(new Paragraph("Socle is your organisation's developer portal: one place to know your software, "
                + "start new services on golden paths, and ask for infrastructure without a ticket."));
        var cards = new Div(
                card("catalog", "Catalog", "Every component, API, resource, system and team, read from git."),
                card("create", "Create", "Start a new service from a template, with its repository and CI."),
                card("self-service", "Self-service", "Request databases, queues and more, approved and tracked."),
                card("docs", "Docs", "How to run, configure and extend Socle."));
        cards.addClassName("socle-cards");
        cards.setWidthFull();
        content.add(cards);
        List<RecentCatalogChanges.RecentChange> changes = catalogChanges.latest();
        if (!changes.isEmpty()) {
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", "Recently changed in the catalog");
            changes.forEach(change -> list.add(new ListItem(
                    change.ref().canonical() + " " + change.change().value())));
            content.add(new H2("Recently changed in the catalog"), list);
        }
    }

    private static Anchor card(String path, String title, String text) {
        var card = new Anchor(path);
        card.add(new H2(title), new Paragraph(text));
        card.addClassName("socle-card");
        return card;
    }
}
