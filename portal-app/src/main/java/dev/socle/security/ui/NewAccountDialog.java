package dev.socle.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.socle.plugin.SocleException;
import dev.socle.security.LocalAccount;
import dev.socle.security.LocalAccountService;
import dev.socle.security.NewLocalAccount;
import dev.socle.security.Roles;
import java.util.Set;
import java.util.function.Consumer;

/** Creates a local account. The service checks every rule; its message shows in the dialog, nothing typed is lost. */
final class NewAccountDialog extends Dialog {

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final PasswordField password = new PasswordField("Initial password");
    private final Checkbox admin = new Checkbox("Administrator");
    private final Paragraph error = new Paragraph();

    NewAccountDialog(LocalAccountService accounts, Consumer<LocalAccount> onCreated) {
        setHeaderTitle("New local account");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        displayName.setRequired(true);
        password.setRequired(true);
        password.setHelperText("At least 12 characters; the person can sign in with it at once");
        error.addClassName("socle-form-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);

        var form = new FormLayout(username, displayName, password, admin);
        form.setAutoResponsive(true);
        add(form, error);

        var create = new Button("Create", event -> create(accounts, onCreated));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), create);
    }

    private void create(LocalAccountService accounts, Consumer<LocalAccount> onCreated) {
        try {
            var roles = admin.getValue() ? Set.of(Roles.ADMIN) : Set.<String>of();
            var account = accounts.create(new NewLocalAccount(
                    username.getValue().trim(), displayName.getValue().trim(), password.getValue(), roles));
            onCreated.accept(account);
            Notification.show("Created account " + account.username());
            close();
        } catch (SocleException rejected) {
            error.setText(rejected.getMessage());
            error.setVisible(true);
        }
    }
}
