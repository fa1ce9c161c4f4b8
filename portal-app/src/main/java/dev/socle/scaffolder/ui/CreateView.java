package dev.socle.scaffolder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.socle.shell.ui.PlannedFeature;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** Start new software from a template. */
@Route("create")
@PageTitle("Create · Socle")
@Menu(order = 3, title = "Create", icon = "vaadin:plus-circle")
@PermitAll
final class CreateView extends Composite<VerticalLayout> {

    CreateView() {
        getContent().addClassName("socle-view");
        getContent()
                .add(
                        new ViewToolbar("Create"),
                        new PlannedFeature(
                                "Golden-path templates are not available yet",
                                "Here you will pick a template, fill in its form, and watch Socle create the repository, its CI "
                                        + "pipeline and its catalog entry.",
                                "Templates in Backstage's scaffolder.backstage.io/v1beta3 format arrive with the scaffolder."));
    }
}
