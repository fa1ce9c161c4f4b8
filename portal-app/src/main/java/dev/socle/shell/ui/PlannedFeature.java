package dev.socle.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Says plainly that a section exists but its feature has not shipped yet, instead of showing
 * controls that do nothing.
 */
public final class PlannedFeature extends Composite<Div> {

    public PlannedFeature(String heading, String whatItWillDo, String whatWorksToday) {
        var icon = VaadinIcon.TOOLS.create();
        icon.addClassName("socle-planned-icon");
        getContent().add(icon, new H2(heading), new Paragraph(whatItWillDo), new Paragraph(whatWorksToday));
        getContent().addClassName("socle-planned");
        getContent().getElement().setAttribute("role", "status");
    }
}
