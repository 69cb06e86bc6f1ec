package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.casefile.ui.QueueFilters;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.eshraqa.portal.inquiries.ChangedMeanwhile;
import org.eshraqa.portal.inquiries.ContactRow;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.InquiryNotFound;
import org.eshraqa.portal.inquiries.InquiryRefused;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;

/**
 * The contact log (P-8): every contact staff wrote down, newest first, by channel; with
 * {@code ?due} only the follow-ups whose date has come, each with "follow-up done".
 */
@Route("staff/contacts")
@Menu(order = 46, title = "nav.contacts", icon = "vaadin:phone")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "VOLUNTEER_COORDINATOR"})
public class ContactLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Contacts contacts;
    private final Grid<ContactRow> grid = new Grid<>();
    private final Select<Channel> channel = new Select<>();
    private final Checkbox dueOnly = new Checkbox();

    public ContactLogView(Contacts contacts, java.util.List<org.eshraqa.portal.shared.ui.MessagesContribution> messages) {
        this.contacts = contacts;
        addClassName("portal-page");
        setId("contact-log-view");
        Anchor log = new Anchor("staff/contacts/new", getTranslation("contacts.log"));
        log.addClassNames("portal-cta", "portal-cta-primary");
        log.setId("log-contact");
        add(new H1(getTranslation("contacts.title")), new Paragraph(getTranslation("contacts.lead")), log,
                filters(), grid());
        // The latest text and WhatsApp messages in and out, with their delivery status.
        messages.forEach(m -> m.create(org.eshraqa.portal.shared.ui.MessagesContribution.Place.CONTACT_LOG, 0)
                .ifPresent(this::add));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dueOnly.setValue(event.getLocation().getQueryParameters().getParameters().containsKey("due"));
        refresh();
    }

    private Component filters() {
        QueueFilters.channel(channel);
        dueOnly.setLabel(getTranslation("contacts.dueOnly"));
        dueOnly.setId("filter-due");
        channel.addValueChangeListener(e -> refresh());
        dueOnly.addValueChangeListener(e -> {
            channel.setEnabled(!e.getValue());
            refresh();
        });
        HorizontalLayout bar = new HorizontalLayout(channel, dueOnly);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filters");
        return bar;
    }

    private Grid<ContactRow> grid() {
        grid.setId("contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> PortalDates.dateTime(c.loggedAt(), getLocale())).setHeader(getTranslation("contacts.when"))
                .setWidth("9rem").setFlexGrow(0);
        Grid.Column<ContactRow> channelColumn = grid.addColumn(c -> getTranslation("channel." + c.channel().name()))
                .setHeader(getTranslation("queue.filter.channel")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::person).setHeader(getTranslation("contacts.person")).setWidth("9rem");
        grid.addColumn(ContactRow::topic).setHeader(getTranslation("contacts.topic")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(ContactRow::outcome).setHeader(getTranslation("contacts.outcome")).setWidth("11rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::followUp).setHeader(getTranslation("contacts.followUp")).setWidth("10rem")
                .setFlexGrow(0);
        Grid.Column<ContactRow> loggedByColumn = grid.addColumn(ContactRow::loggedBy)
                .setHeader(getTranslation("contacts.loggedBy")).setWidth("8rem");
        ResponsiveGrid.of(grid).secondary(channelColumn, loggedByColumn).cards(
                new ResponsiveGrid.Field<>("", c -> c.topic() + " — " + person(c)),
                new ResponsiveGrid.Field<>(getTranslation("contacts.when"), c -> PortalDates.dateTime(c.loggedAt(),
                        getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.channel"),
                        c -> getTranslation("channel." + c.channel().name())),
                new ResponsiveGrid.Field<>(getTranslation("contacts.outcome"), ContactRow::outcome),
                new ResponsiveGrid.Field<>(getTranslation("contacts.followUp"), this::followUpText),
                new ResponsiveGrid.Field<>(getTranslation("contacts.loggedBy"), ContactRow::loggedBy));
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.setHeight("32rem");
        return grid;
    }

    private String person(ContactRow c) {
        return c.personName() + (c.hasAccount() ? " ✓" : "");
    }

    private String followUpText(ContactRow row) {
        if (row.followUpOn() == null) {
            return getTranslation("contacts.followUp.none");
        }
        return row.followUpDoneAt() != null ? getTranslation("contacts.followUp.done",
                PortalDates.dateTime(row.followUpDoneAt(), getLocale())) : PortalDates.both(row.followUpOn(), getLocale());
    }

    private Component followUp(ContactRow row) {
        if (row.followUpOn() == null) {
            return new Span(getTranslation("contacts.followUp.none"));
        }
        if (row.followUpDoneAt() != null) {
            return new Span(getTranslation("contacts.followUp.done", PortalDates.dateTime(row.followUpDoneAt(),
                    getLocale())));
        }
        LocalDate today = contacts.today();
        Span date = new Span(PortalDates.both(row.followUpOn(), getLocale()));
        if (!row.followUpDue(today)) {
            return date;
        }
        date.getElement().setAttribute("theme", "badge error primary");
        Button done = new Button(getTranslation("contacts.followUp.markDone"), e -> confirmDone(row));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.setId("follow-up-done-" + row.id());
        if (!row.hasAccount()) {
            Button link = new Button(getTranslation("contacts.link"), e -> confirmLink(row));
            link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            link.setId("link-person-" + row.id());
            return new Div(date, done, link);
        }
        return new Div(date, done);
    }

    /**
     * A message from an unknown number: the officer names the account (exact e-mail or mobile) and
     * may open a question in it from what was written.
     */
    private void confirmLink(ContactRow row) {
        com.vaadin.flow.component.textfield.TextField account =
                new com.vaadin.flow.component.textfield.TextField(getTranslation("contacts.link.account"));
        account.setId("link-account");
        account.setWidthFull();
        Checkbox open = new Checkbox(getTranslation("contacts.link.openInquiry"), true);
        open.setId("link-open-inquiry");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("contacts.link"));
        dialog.setText(new Div(new Paragraph(row.personName() + " — " + row.topic()), account, open));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("contacts.link"));
        dialog.addConfirmListener(e -> {
            try {
                contacts.linkToAccount(row.id(), row.version(), account.getValue(), open.getValue());
                Panels.show("contacts.link.done", NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                Panels.show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
            } catch (InquiryRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
            } catch (ChangedMeanwhile | InquiryNotFound problem) {
                Panels.show(problem.getMessage(), NotificationVariant.LUMO_ERROR);
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                Panels.show("contacts.link.notAllowed", NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.open();
    }

    private void confirmDone(ContactRow row) {
        TextArea note = new TextArea(getTranslation("contacts.followUp.note"));
        note.setId("follow-up-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("contacts.followUp.markDone"));
        dialog.setText(new Div(new Paragraph(row.personName() + " — " + row.topic()), note));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("contacts.followUp.markDone"));
        dialog.addConfirmListener(e -> {
            try {
                contacts.completeFollowUp(row.id(), row.version(), note.getValue());
                Panels.show("contacts.followUp.recorded", NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                Panels.show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
            } catch (InquiryRefused refused) {
                Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
            } catch (ChangedMeanwhile | InquiryNotFound problem) {
                Panels.show(problem.getMessage(), NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        if (dueOnly.getValue()) {
            grid.setItems(query -> contacts.followUpsDue(query.getOffset(), query.getLimit()).stream(),
                    query -> (int) contacts.countFollowUpsDue());
        } else {
            Channel selected = channel.getValue();
            grid.setItems(query -> contacts.recent(selected, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) contacts.count(selected));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
