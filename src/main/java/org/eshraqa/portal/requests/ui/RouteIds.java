package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** A numeric id from the address; anything else in its place is "not found", like a forged id. */
final class RouteIds {

    private RouteIds() {
    }

    static long requestId(BeforeEnterEvent event) {
        String text = event.getRouteParameters().get("requestId").orElseThrow(NotFoundException::new);
        if (!text.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(text);
    }
}
