package dev.socle.docs.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.socle.docs.DocPage;
import dev.socle.docs.DocsService;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** Socle's own documentation, one page per URL: {@code /docs/configuration}, {@code /docs/problems/not-found}. */
@Route("docs/:path*")
@Menu(order = 5, title = "Docs", icon = "vaadin:book")
@PermitAll
final class DocsView extends Composite<VerticalLayout> implements BeforeEnterObserver, HasDynamicTitle {

    private final DocsService docs;
    private final Div page = new Div();
    private String title = "Docs";

    DocsView(DocsService docs) {
        this.docs = docs;
        page.addClassName("socle-markdown");
        var contents = new Nav();
        contents.getElement().setAttribute("aria-label", "Documentation pages");
        contents.addClassName("socle-docs-contents");
        docs.contents().forEach(entry -> {
            var link = new Anchor(entry.path().equals("index") ? "docs" : "docs/" + entry.path(), entry.title());
            link.getStyle().set("display", "block");
            contents.add(link);
        });
        var body = new FlexLayout(contents, page);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setWidthFull();
        body.getStyle().set("gap", "var(--lumo-space-l)");
        getContent().addClassName("socle-view");
        getContent().add(new ViewToolbar("Docs"), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getRouteParameters().get("path").orElse("");
        try {
            DocPage shown = docs.page(path);
            title = shown.title() + " · Docs · Socle";
            page.getElement().setProperty("innerHTML", shown.html());
        } catch (dev.socle.plugin.NotFoundException missing) {
            event.rerouteToError(NotFoundException.class, missing.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
