package dev.socle.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that always fails, so tests can see what a person sees when Socle hits a bug. Test sources only. */
@Route("test-failure")
@PermitAll
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("Deliberate failure with a secret-looking detail: at dev.socle.Internal");
    }
}
