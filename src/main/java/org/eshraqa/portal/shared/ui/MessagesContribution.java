package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel another module adds to a staff page to show the text and WhatsApp messages of what the
 * page is about (the messaging module's delivery statuses): a request's or a question's page, or
 * the contact log ({@code id} ignored). Empty adds nothing, e.g. when there were none.
 */
public interface MessagesContribution {

    enum Place { REQUEST, INQUIRY, CONTACT_LOG }

    Optional<Component> create(Place place, long id);
}
