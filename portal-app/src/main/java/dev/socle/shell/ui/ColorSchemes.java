package dev.socle.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme.Value;
import dev.socle.shell.ColorScheme;

/** Applies a person's colour scheme to the whole page. */
final class ColorSchemes {

    private ColorSchemes() {}

    static void apply(UI ui, ColorScheme scheme) {
        ui.getPage().setColorScheme(scheme == ColorScheme.DARK ? Value.DARK : Value.LIGHT);
    }
}
