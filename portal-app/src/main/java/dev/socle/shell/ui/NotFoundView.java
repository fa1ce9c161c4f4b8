package dev.socle.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** 404: the address names no page. */
@PageTitle("Page not found · Socle")
@PermitAll
@ParentLayout(MainLayout.class)
public final class NotFoundView extends Composite<ErrorPage> implements HasErrorParameter<NotFoundException> {

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(
                404,
                "Page not found",
                "There is no page at this address. It may have moved, or the link may be mistyped.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
