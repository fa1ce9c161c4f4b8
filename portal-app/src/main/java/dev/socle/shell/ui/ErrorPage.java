package dev.socle.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The friendly body every error view shows: a code, what happened, and a way back. Never a stack trace. */
final class ErrorPage extends Composite<Div> {

    ErrorPage(int status, String title, String explanation) {
        var code = new Span(String.valueOf(status));
        code.addClassName("socle-error-code");
        var heading = new H1(title);
        var home = new Anchor("", "Go to the home page");
        getContent().add(code, heading, new Paragraph(explanation), home);
        getContent().addClassName("socle-error-page");
    }

    void addDetail(String text) {
        var detail = new Paragraph(text);
        detail.addClassName("socle-error-detail");
        getContent().addComponentAtIndex(3, detail);
    }
}
