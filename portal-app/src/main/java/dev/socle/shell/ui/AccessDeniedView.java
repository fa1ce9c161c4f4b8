package dev.socle.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** 403: the page exists, but the signed-in person may not see it. */
@PageTitle("Access denied · Socle")
@PermitAll
@ParentLayout(MainLayout.class)
public final class AccessDeniedView extends Composite<ErrorPage> implements HasErrorParameter<AccessDeniedException> {

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(
                403,
                "You don't have access to this page",
                "Your account lacks the role this page needs. Ask a Socle administrator if you think it should.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
