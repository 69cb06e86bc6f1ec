package org.eshraqa.portal.inquiries.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eshraqa.portal.shared.ui.MultiSelects;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryQueueFilter;
import org.eshraqa.portal.inquiries.InquiryQueueRow;
import org.eshraqa.portal.inquiries.InquiryState;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.casefile.ui.QueueFilters;

/**
 * The inquiry queue: open questions from every channel, the ones waiting on staff first, with
 * their age; and, above it, the logged contacts whose follow-up date has come. A social
 * researcher starts on the questions referred to research.
 */
@Route("staff/inquiries")
@Menu(order = 45, title = "nav.inquiryQueue", icon = "vaadin:comments-o")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER"})
public class InquiryQueueView extends Div implements HasDynamicTitle {

    private final transient Inquiries inquiries;
    private final transient Clock clock;
    private final Grid<InquiryQueueRow> grid = new Grid<>();
    private final MultiSelectComboBox<InquiryState> states = MultiSelects.localise(new MultiSelectComboBox<>());
    private final Select<Channel> channel = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox referred = new Checkbox();

    public InquiryQueueView(Inquiries inquiries, Contacts contacts, Clock clock, AuthenticationContext authentication) {
        this.inquiries = inquiries;
        this.clock = clock;
        addClassName("portal-page");
        setId("inquiry-queue-view");
        add(new H1(getTranslation("inquiryQueue.title")));
        Anchor log = new Anchor("staff/contacts/new", getTranslation("contacts.log"));
        log.addClassNames("portal-cta", "portal-cta-primary");
        log.setId("log-contact");
        add(log);
        long due = contacts.countFollowUpsDue();
        if (due > 0) {
            Anchor followUps = new Anchor("staff/contacts?due", getTranslation("inquiryQueue.followUpsDue", due));
            followUps.setId("follow-ups-due");
            followUps.addClassName("portal-overdue-link");
            Div box = new Div(followUps);
            box.addClassNames("portal-card", "portal-asked");
            add(box);
        }
        boolean researcherOnly = authentication.hasRole("SOCIAL_RESEARCHER") && !authentication.hasRole(
                "RELATIONS_OFFICER");
        referred.setValue(researcherOnly);
        add(filters(), grid());
        refresh();
    }

    private Component filters() {
        QueueFilters.states(states, List.of(InquiryState.values()),
                s -> getTranslation("inquiryState.staff." + s.name()), "inquiryQueue.openStates");
        states.setLabel(getTranslation("inquiry.state"));
        QueueFilters.channel(channel);
        mine.setLabel(getTranslation("inquiryQueue.mine"));
        mine.setId("filter-mine");
        referred.setLabel(getTranslation("inquiryQueue.referred"));
        referred.setId("filter-referred");
        return QueueFilters.bar(this::refresh, states, channel, mine, referred);
    }

    private Grid<InquiryQueueRow> grid() {
        grid.setId("inquiry-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new Anchor("staff/inquiries/" + row.id(), row.subject()))
                .setHeader(getTranslation("inquiry.subject")).setWidth("12rem").setFlexGrow(2).setResizable(true);
        grid.addColumn(InquiryQueueRow::askerName).setHeader(getTranslation("inquiry.asker")).setWidth("10rem")
                .setFlexGrow(1).setResizable(true);
        Grid.Column<InquiryQueueRow> channelColumn = grid.addColumn(this::channelName)
                .setHeader(getTranslation("queue.filter.channel")).setWidth("9rem").setResizable(true);
        grid.addComponentColumn(row -> InquiryPanels.badge(row.state(), true)).setHeader(getTranslation("inquiry.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::age).setHeader(getTranslation("inquiryQueue.age")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::assignee).setHeader(getTranslation("queue.filter.assignee")).setWidth("10rem");
        ResponsiveGrid.of(grid).secondary(channelColumn).cards(
                new ResponsiveGrid.Field<>("", InquiryQueueRow::subject),
                new ResponsiveGrid.Field<>(getTranslation("inquiry.asker"), InquiryQueueRow::askerName),
                new ResponsiveGrid.Field<>(getTranslation("inquiry.state"),
                        row -> getTranslation("inquiryState.staff." + row.state().name())),
                new ResponsiveGrid.Field<>(getTranslation("inquiryQueue.age"), this::ageText),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.assignee"), this::assignee),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.channel"), this::channelName));
        grid.setEmptyStateText(getTranslation("inquiryQueue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/inquiries/" + e.getItem().id())));
        grid.setHeight("32rem");
        return grid;
    }

    private String channelName(InquiryQueueRow row) {
        return getTranslation("channel." + row.channel().name());
    }

    private String assignee(InquiryQueueRow row) {
        return row.assigneeName() == null ? getTranslation("queue.assignee.UNASSIGNED")
                : row.assigneeName() + (row.referredToResearch() ? " · " + getTranslation("inquiry.referred") : "");
    }

    private String ageText(InquiryQueueRow row) {
        Duration age = Duration.between(row.createdAt(), clock.instant());
        long days = age.toDays();
        long hours = Math.max(0, age.toHours());
        return days > 0 ? getTranslation("inquiryQueue.days", days)
                : hours > 0 ? getTranslation("inquiryQueue.hours", hours)
                : getTranslation("inquiryQueue.underAnHour");
    }

    /** How long the question has been open; more than two days without an answer is marked. */
    private Component age(InquiryQueueRow row) {
        Duration age = Duration.between(row.createdAt(), clock.instant());
        long days = age.toDays();
        Span span = new Span(ageText(row));
        span.getElement().setAttribute("title", PortalDates.dateTime(row.createdAt(), getLocale()));
        if (days >= 2 && row.state().waitsOnStaff()) {
            span.getElement().setAttribute("theme", "badge error primary");
        }
        return span;
    }

    private void refresh() {
        InquiryQueueFilter filter = new InquiryQueueFilter(states.getValue(), channel.getValue(), mine.getValue(),
                referred.getValue());
        grid.setItems(query -> inquiries.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) inquiries.countQueue(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inquiryQueue.title");
    }
}
