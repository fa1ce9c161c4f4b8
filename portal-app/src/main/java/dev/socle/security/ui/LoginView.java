package dev.socle.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in with a local account. A wrong password says so without telling which half was wrong. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Socle")
@AnonymousAllowed
public final class LoginView extends Composite<Div> implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        getContent().addClassName("socle-login");
        getContent().add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("unavailable")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle("Socle cannot reach its database");
            i18n.getErrorMessage()
                    .setMessage("Your password was not checked. Try again in a few seconds; if this lasts, tell your"
                            + " Socle administrator that the database is unavailable.");
            form.setI18n(i18n);
            form.setError(true);
        } else {
            form.setI18n(texts());
            form.setError(parameters.containsKey("error"));
        }
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Socle");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage()
                .setMessage(
                        "Check your username and password and try again. The administrator's initial password is in "
                                + "SOCLE_ADMIN_PASSWORD or, if that was unset, in the log of Socle's first start.");
        return i18n;
    }
}
