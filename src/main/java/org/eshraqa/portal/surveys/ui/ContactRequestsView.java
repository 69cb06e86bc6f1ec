package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.shared.ui.ViewChoice;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.surveys.ContactRequest;
import org.eshraqa.portal.surveys.ContactRequests;

/**
 * The quality manager's list of people who asked to be contacted about their rating: who they
 * are, how to reach them, what they said; and a record that someone got back to them.
 */
@Route("staff/contact-requests")
@Menu(order = 71, title = "nav.contactRequests", icon = "vaadin:phone")
@RolesAllowed("QUALITY_MANAGER")
public class ContactRequestsView extends Div implements HasDynamicTitle {

    private static final int PAGE = 30;

    private final transient ContactRequests requests;
    private final Map<String, String> serviceNames = new HashMap<>();
    private final ViewChoice<Boolean> tabs;
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public ContactRequestsView(ContactRequests requests, SupportRequests supportRequests) {
        this.requests = requests;
        supportRequests.catalogue().forEach(s -> serviceNames.put(s.code(), s.name(getLocale())));
        addClassNames("portal-page", "portal-medium");
        setId("contact-requests-view");
        Paragraph lead = new Paragraph(getTranslation("contactRequests.lead"));
        lead.addClassName("portal-lead");
        tabs = new ViewChoice<>(getTranslation("contactRequests.title"), done -> render());
        tabs.add(false, "", "contact-requests-waiting");
        tabs.add(true, "", "contact-requests-done");
        list.setId("contact-request-list");
        more.setText(getTranslation("contactRequests.more"));
        more.setId("contact-requests-more");
        more.addClickListener(e -> append());
        add(new H1(getTranslation("contactRequests.title")), lead, tabs, list, more);
        render();
    }

    private boolean showingDone() {
        return tabs.chosen();
    }

    private void render() {
        tabs.setText(false, getTranslation("contactRequests.waiting", requests.count(false)));
        tabs.setText(true, getTranslation("contactRequests.doneTab", requests.count(true)));
        list.removeAll();
        shown = 0;
        append();
        if (shown == 0) {
            Paragraph empty = new Paragraph(getTranslation(showingDone() ? "contactRequests.empty.done"
                    : "contactRequests.empty"));
            empty.setId("contact-requests-empty");
            empty.addClassName("portal-hint");
            list.add(empty);
        }
    }

    private void append() {
        List<ContactRequest> page = requests.list(showingDone(), shown, PAGE);
        page.forEach(r -> list.add(card(r)));
        shown += page.size();
        more.setVisible(shown < requests.count(showingDone()));
    }

    private Section card(ContactRequest r) {
        String name = r.name() == null ? getTranslation("contactRequests.noAccount") : r.name();
        Section card = new Section(new H2(name));
        card.addClassName("portal-card");
        card.setId("contact-request-" + r.responseId());
        Paragraph about = new Paragraph(getTranslation("contactRequests.about",
                PortalDates.both(r.answeredAt().atZone(PortalDates.zone()).toLocalDate(), getLocale()),
                getTranslation("surveyTrigger." + r.trigger().name())
                        + (r.serviceCode() == null ? "" : " — " + serviceNames.getOrDefault(r.serviceCode(), r.serviceCode()))));
        about.addClassName("portal-hint");
        card.add(about);
        Div reach = new Div();
        reach.addClassName("portal-contact-links");
        if (r.email() != null) {
            Anchor mail = new Anchor("mailto:" + r.email(), r.email());
            mail.getElement().setAttribute("dir", "ltr");
            reach.add(mail);
        }
        if (r.mobile() != null) {
            Anchor phone = new Anchor("tel:" + r.mobile(), r.mobile());
            phone.getElement().setAttribute("dir", "ltr");
            reach.add(phone);
        }
        if (r.language() != null) {
            reach.add(new Span(getTranslation("contactRequests.language." + r.language())));
        }
        card.add(reach);
        if (r.comment() != null) {
            Paragraph comment = new Paragraph(r.comment());
            comment.addClassName("portal-quote");
            comment.getElement().setAttribute("dir", "auto");
            card.add(comment);
        }
        if (r.done()) {
            Paragraph outcome = new Paragraph(getTranslation("contactRequests.doneBy",
                    r.doneBy() == null ? "—" : r.doneBy(),
                    PortalDates.both(r.doneAt().atZone(PortalDates.zone()).toLocalDate(), getLocale())));
            outcome.addClassName("portal-hint");
            card.add(outcome);
            if (r.note() != null) {
                Paragraph note = new Paragraph(r.note());
                note.getElement().setAttribute("dir", "auto");
                card.add(note);
            }
        } else {
            Button record = new Button(getTranslation("contactRequests.record"), e -> record(r, name));
            record.setId("contact-request-record-" + r.responseId());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(record);
        }
        return card;
    }

    private void record(ContactRequest r, String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contactRequests.record.title", name));
        TextArea note = new TextArea(getTranslation("contactRequests.note"));
        note.setId("contact-request-note");
        note.setHelperText(getTranslation("contactRequests.note.help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        Map<String, HasValidation> fields = Map.of("note", note);
        Button save = new Button(getTranslation("contactRequests.record.save"), e -> {
            Panels.clearErrors(fields);
            try {
                requests.markDone(r.responseId(), note.getValue());
                dialog.close();
                Panels.show("contactRequests.recorded", NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                if (invalid.fieldErrors().containsKey("note")) {
                    Panels.showErrors(invalid.fieldErrors(), fields);
                } else {
                    dialog.close();
                    Panels.show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
                    render();
                }
            }
        });
        save.setId("contact-request-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactRequests.title");
    }
}
