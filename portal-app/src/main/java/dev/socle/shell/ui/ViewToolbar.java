package dev.socle.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The heading of a view: its title and, optionally, the view's main actions on the right. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        var heading = new H1(title);
        heading.addClassName("socle-view-title");
        var row = new HorizontalLayout(heading);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        if (actions.length > 0) {
            var group = new HorizontalLayout(actions);
            group.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addToEnd(group);
        }
        getContent().add(row);
        getContent().addClassName("socle-view-toolbar");
    }
}
