package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.html.Span;
import org.eshraqa.portal.requests.RequestState;

/** A request's state in plain words, coloured by who it is waiting on. */
class RequestStateBadge extends Span {

    RequestStateBadge(RequestState state) {
        this(state, false);
    }

    /** Staff read "waiting for the beneficiary" where the beneficiary reads "waiting for you". */
    RequestStateBadge(RequestState state, boolean forStaff) {
        setText(getTranslation(forStaff && state == RequestState.NEEDS_INFO ? "requestState.staff.NEEDS_INFO"
                : "requestState." + state.name()));
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
