package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A failure while opening a page: a friendly message and an error id that is also in the log. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    public ErrorView() {
        addClassName("portal-page");
        setId("error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = PortalErrorHandler.log(parameter.getCaughtException());
        boolean unavailable = PortalErrorHandler.databaseUnavailable(parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.title")),
                new Paragraph(unavailable ? getTranslation("error.unavailable") : getTranslation("error.text", errorId)),
                new Anchor("", getTranslation("error.backHome")));
        return unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
