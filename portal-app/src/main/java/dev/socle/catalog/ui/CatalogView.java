package dev.socle.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.socle.shell.ui.PlannedFeature;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** The software catalog. */
@Route("catalog")
@PageTitle("Catalog · Socle")
@Menu(order = 2, title = "Catalog", icon = "vaadin:records")
@PermitAll
final class CatalogView extends Composite<VerticalLayout> {

    CatalogView() {
        getContent().addClassName("socle-view");
        getContent()
                .add(
                        new ViewToolbar("Catalog"),
                        new PlannedFeature(
                                "The catalog browser is not built yet",
                                "Here you will browse every component, API, resource, system, domain, group and user that Socle "
                                        + "reads from your repositories' catalog-info.yaml files, with their owners and relations.",
                                "Today the catalog's ingestion and REST API are being built; this page shows them once they ship."));
    }
}
