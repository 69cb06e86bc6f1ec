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
        setText(getTranslation(textKey(state, forStaff)));
        String theme = theme(state);
        getElement().getThemeList().add(theme);
        getElement().setAttribute("theme", theme);
    }

    static String textKey(RequestState state, boolean forStaff) {
        return forStaff ? state.staffLabelKey() : "requestState." + state.name();
    }

    static String theme(RequestState state) {
        return switch (state) {
            case NEEDS_INFO -> "badge error";
            case ACCEPTED, REGISTERED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge contrast";
            default -> "badge";
        };
    }
}
