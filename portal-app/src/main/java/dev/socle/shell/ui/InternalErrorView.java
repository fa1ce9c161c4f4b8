package dev.socle.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 500: something broke on our side. The person gets an id to quote; the log gets the cause under that id. */
@PageTitle("Something went wrong · Socle")
@PermitAll
@ParentLayout(MainLayout.class)
public final class InternalErrorView extends Composite<ErrorPage> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(
                500,
                "Something went wrong",
                "Socle could not show this page because of an error on the server. Try again; if it keeps happening, "
                        + "tell your Socle administrator.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = UUID.randomUUID().toString();
        log.error("Error {} while showing /{}", errorId, event.getLocation().getPath(), parameter.getCaughtException());
        getContent().addDetail("Error id: " + errorId);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
