package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.html.Span;
import org.eshraqa.portal.requests.RequestState;

/** A request's state in plain words, coloured by who it is waiting on. */
class RequestStateBadge extends Span {

    RequestStateBadge(RequestState state) {
        setText(getTranslation("requestState." + state.name()));
        String theme = switch (state) {
            case NEEDS_INFO -> "badge error";
            case ACCEPTED, REGISTERED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge contrast";
            default -> "badge";
        };
        getElement().getThemeList().add(theme);
        getElement().setAttribute("theme", theme);
    }
}
