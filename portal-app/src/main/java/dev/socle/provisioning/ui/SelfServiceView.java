package dev.socle.provisioning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.socle.shell.ui.PlannedFeature;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** Ask for infrastructure without a ticket. */
@Route("self-service")
@PageTitle("Self-service · Socle")
@Menu(order = 4, title = "Self-service", icon = "vaadin:cubes")
@PermitAll
final class SelfServiceView extends Composite<VerticalLayout> {

    SelfServiceView() {
        getContent().addClassName("socle-view");
        getContent()
                .add(
                        new ViewToolbar("Self-service"),
                        new PlannedFeature(
                                "Self-service infrastructure is not available yet",
                                "Here you will request databases, queues and other infrastructure from offerings your platform team "
                                        + "curates, with approvals, quotas and cost estimates, tracked until they are ready.",
                                "Offerings and requests arrive with the provisioning feature."));
    }
}
