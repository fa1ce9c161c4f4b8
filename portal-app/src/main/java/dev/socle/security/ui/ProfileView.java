package dev.socle.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.socle.security.LocalAccountService;
import dev.socle.shell.ColorScheme;
import dev.socle.shell.UserContext;
import dev.socle.shell.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Who you are signed in as, and your own settings. */
@Route("profile")
@PageTitle("Profile · Socle")
@PermitAll
final class ProfileView extends Composite<VerticalLayout> {

    ProfileView(UserContext userContext, LocalAccountService accounts) {
        var content = getContent();
        content.addClassName("socle-view");
        content.add(new ViewToolbar("Profile"));
        userContext.currentUser().ifPresent(user -> {
            var form = new FormLayout();
            form.setAutoResponsive(true);
            form.add(readOnly("Username", user.username()), readOnly("Display name", user.displayName()));
            accounts.find(user.username())
                    .ifPresent(account -> form.add(
                            readOnly("Roles", account.roles().stream().sorted().collect(Collectors.joining(", ")))));

            var scheme = new RadioButtonGroup<ColorScheme>("Theme");
            scheme.setItems(ColorScheme.values());
            scheme.setItemLabelGenerator(value -> value == ColorScheme.DARK ? "Dark" : "Light");
            scheme.setValue(userContext.colorScheme());
            scheme.addValueChangeListener(event -> {
                userContext.rememberColorScheme(event.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            content.add(form, scheme, new Span("Your theme is remembered for your account on every device."));
        });
    }

    private static TextField readOnly(String label, String value) {
        var field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
