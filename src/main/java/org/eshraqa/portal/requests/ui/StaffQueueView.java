package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eshraqa.portal.shared.ui.MultiSelects;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.requests.QueueFilter;
import org.eshraqa.portal.requests.QueueRow;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.eshraqa.portal.shared.casefile.ui.QueueFilters;

/**
 * The staff queue: requests staff may still act on, most urgent first, with days left to the
 * decision target (overdue in red), filtered by state, service, channel, region and assignee.
 * Rows come from the database a page at a time.
 */
@Route("staff/requests")
@Menu(order = 40, title = "nav.staffQueue", icon = "vaadin:records")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "COMMITTEE_MEMBER"})
public class StaffQueueView extends Div implements HasDynamicTitle {

    private final transient SupportRequests requests;
    private final transient Clock clock;
    private final Map<String, ServiceOffer> services;
    private final Grid<QueueRow> grid = new Grid<>();
    private final MultiSelectComboBox<RequestState> states = MultiSelects.localise(new MultiSelectComboBox<>());
    private final Select<String> service = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final Select<Region> region = new Select<>();
    private final Select<QueueFilter.Assignee> assignee = new Select<>();

    public StaffQueueView(SupportRequests requests, Clock clock, AuthenticationContext authentication) {
        this.requests = requests;
        this.clock = clock;
        this.services = requests.catalogue().stream().collect(Collectors.toMap(ServiceOffer::code,
                Function.identity()));
        addClassName("portal-page");
        setId("staff-queue-view");
        H1 title = new H1(getTranslation("queue.title"));
        add(title);
        if (authentication.hasRole("RELATIONS_OFFICER")) {
            Anchor record = new Anchor("staff/requests/record", getTranslation("queue.record"));
            record.addClassNames("portal-cta", "portal-cta-primary");
            record.setId("record-on-behalf");
            add(record);
        }
        add(filters(), grid());
        refresh();
    }

    private Component filters() {
        QueueFilters.states(states, EnumSet.complementOf(EnumSet.of(RequestState.DRAFT)),
                s -> getTranslation(s.staffLabelKey()), "queue.filter.openStates");
        QueueFilters.any(service, "filter-service", "queue.filter.service", services.keySet().stream().sorted()
                .toList(), code -> services.get(code).name(getLocale()));
        QueueFilters.channel(channel);
        QueueFilters.any(region, "filter-region", "applicant.region", List.of(Region.values()),
                r -> getTranslation("applicant.region." + r.name()));
        assignee.setLabel(getTranslation("queue.filter.assignee"));
        assignee.setId("filter-assignee");
        assignee.setItems(QueueFilter.Assignee.values());
        assignee.setItemLabelGenerator(a -> getTranslation("queue.assignee." + a.name()));
        assignee.setValue(QueueFilter.Assignee.ANYONE);
        return QueueFilters.bar(this::refresh, states, service, channel, region, assignee);
    }

    private Grid<QueueRow> grid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Cells are Lit templates, not components: a page of rows then holds no server-side
        // component per cell, which keeps a staff session's memory down (docs/performance.md).
        grid.addColumn(LitRenderer.<QueueRow>of("<a class=\"portal-nowrap\" href=\"${item.href}\">${item.ref}</a>")
                .withProperty("href", row -> "staff/requests/" + row.id())
                .withProperty("ref", row -> row.reference() == null ? "#" + row.id() : row.reference()))
                .setHeader(getTranslation("queue.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueueRow::applicantName).setHeader(getTranslation("applicant.fullName"))
                .setWidth("11rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(this::serviceName).setHeader(getTranslation("queue.filter.service"))
                .setWidth("10rem").setFlexGrow(1).setResizable(true);
        Grid.Column<QueueRow> channelColumn = grid.addColumn(this::channelName)
                .setHeader(getTranslation("queue.filter.channel")).setWidth("9rem").setResizable(true);
        Grid.Column<QueueRow> regionColumn = grid.addColumn(this::regionName)
                .setHeader(getTranslation("applicant.region")).setAutoWidth(true);
        grid.addColumn(LitRenderer.<QueueRow>of("<span theme=\"${item.theme}\">${item.state}</span>")
                .withProperty("theme", row -> RequestStateBadge.theme(row.state()))
                .withProperty("state", this::stateName))
                .setHeader(getTranslation("queue.state")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<QueueRow>of(
                        "<span theme=\"${item.overdue ? 'badge error primary' : ''}\" "
                                + "class=\"${item.overdue ? 'portal-overdue' : ''}\">${item.days}</span>")
                .withProperty("overdue", row -> daysLeft(row) < 0)
                .withProperty("days", this::daysLeftText))
                .setHeader(getTranslation("queue.daysLeft")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::assigneeName).setHeader(getTranslation("queue.filter.assignee")).setWidth("7rem")
                .setFlexGrow(0);
        // At 1280 px with the menu open the state, decision date and assignee stay in view; channel
        // and region wait for a wider window. On a phone each request is a card.
        ResponsiveGrid.of(grid).secondary(channelColumn, regionColumn).cards(
                new ResponsiveGrid.Field<>("", row -> (row.reference() == null ? "#" + row.id() : row.reference())
                        + " — " + row.applicantName()),
                new ResponsiveGrid.Field<>(getTranslation("queue.state"), this::stateName),
                new ResponsiveGrid.Field<>(getTranslation("queue.daysLeft"), this::daysLeftText),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.assignee"), this::assigneeName),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.service"), this::serviceName),
                new ResponsiveGrid.Field<>(getTranslation("queue.filter.channel"), this::channelName),
                new ResponsiveGrid.Field<>(getTranslation("applicant.region"), this::regionName));
        grid.setEmptyStateText(getTranslation("queue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/requests/" + e.getItem().id())));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        return grid;
    }

    private String serviceName(QueueRow row) {
        return services.containsKey(row.serviceCode()) ? services.get(row.serviceCode()).name(getLocale())
                : row.serviceCode();
    }

    private String channelName(QueueRow row) {
        return getTranslation("channel." + row.channel().name());
    }

    private String regionName(QueueRow row) {
        return row.region() == null ? "" : getTranslation("applicant.region." + row.region().name());
    }

    private String stateName(QueueRow row) {
        return getTranslation(RequestStateBadge.textKey(row.state(), true));
    }

    private String assigneeName(QueueRow row) {
        return getTranslation(row.assignedToMe() ? "queue.assignee.ME"
                : row.assigned() ? "queue.assigned.other" : "queue.assignee.UNASSIGNED");
    }

    /** Days to the expected decision date, negative when overdue; 0 without a date. */
    private long daysLeft(QueueRow row) {
        return row.expectedDecisionDate() == null ? 0
                : ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(PortalDates.zone())), row.expectedDecisionDate());
    }

    private String daysLeftText(QueueRow row) {
        if (row.expectedDecisionDate() == null) {
            return "";
        }
        long days = daysLeft(row);
        return days < 0 ? getTranslation("queue.overdue", -days) : getTranslation("queue.days", days);
    }

    private void refresh() {
        QueueFilter filter = new QueueFilter(states.getValue(), service.getValue(), channel.getValue(),
                region.getValue(), assignee.getValue());
        // No count query: the grid grows as it is scrolled (Vaadin's undefined size). Counting the
        // open requests that match a filter read every one of them (tens of thousands at a
        // region's scale) at each page and each filter; the page itself reads 50 rows in order
        // from an index. docs/performance.md, "Load test".
        grid.setItems(query -> requests.queue(filter, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}
