package org.eshraqa.portal.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import org.eshraqa.portal.shared.ui.MultiSelects;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.casefile.ui.QueueFilters;
import org.eshraqa.portal.volunteering.ApplicationQueueFilter;
import org.eshraqa.portal.volunteering.ApplicationQueueRow;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.VolunteerApplications;

/**
 * The volunteer coordinator's queue of applications: new ones first, then those in review and
 * the interviews by date; filtered by state, skill, area of interest and a day the volunteer is
 * free. Pages come from the database.
 */
@Route("staff/volunteers")
@Menu(order = 60, title = "nav.volunteerQueue", icon = "vaadin:users")
@RolesAllowed("VOLUNTEER_COORDINATOR")
public class ApplicationQueueView extends Div implements HasDynamicTitle {

    private final transient VolunteerApplications applications;
    private final Grid<ApplicationQueueRow> grid = new Grid<>();
    private final MultiSelectComboBox<ApplicationState> states = MultiSelects.localise(new MultiSelectComboBox<>());
    private final Select<Skill> skill = new Select<>();
    private final Select<Interest> interest = new Select<>();
    private final Select<DayOfWeek> day = new Select<>();

    public ApplicationQueueView(VolunteerApplications applications) {
        this.applications = applications;
        addClassName("portal-page");
        setId("volunteer-queue-view");
        Anchor opportunities = new Anchor("staff/opportunities", getTranslation("nav.opportunitiesAdmin"));
        opportunities.addClassName("portal-cta");
        add(new H1(getTranslation("volunteerQueue.title")), opportunities, filters(), grid());
        refresh();
    }

    private Component filters() {
        QueueFilters.states(states, EnumSet.complementOf(EnumSet.of(ApplicationState.DRAFT)),
                s -> getTranslation("volunteerState." + s.name()), "volunteerQueue.openStates");
        QueueFilters.any(skill, "filter-skill", "volunteer.skills", List.of(Skill.values()),
                v -> getTranslation("skill." + v.name()));
        QueueFilters.any(interest, "filter-interest", "volunteer.interests", List.of(Interest.values()),
                v -> getTranslation("interest." + v.name()));
        QueueFilters.any(day, "filter-day", "volunteerQueue.availableOn", List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        return QueueFilters.bar(this::refresh, states, skill, interest, day);
    }

    private Grid<ApplicationQueueRow> grid() {
        grid.setId("volunteer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> {
            Anchor link = new Anchor("staff/volunteers/" + row.id(), row.reference());
            link.addClassName("portal-nowrap");
            return link;
        }).setHeader(getTranslation("queue.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApplicationQueueRow::name).setHeader(getTranslation("volunteer.fullName")).setWidth("10rem")
                .setFlexGrow(1).setResizable(true);
        // A fixed width, the badge wrapping inside it: a long state name of one row must not widen
        // the column and push the grid past a 1280 px window with the menu open.
        grid.addComponentColumn(row -> {
            var badge = VolunteerPanels.badge(row.state());
            badge.getStyle().set("white-space", "normal");
            return badge;
        }).setHeader(getTranslation("queue.state")).setWidth("10rem").setFlexGrow(0);
        // Dates wrap within their column rather than widen it past the screen.
        Grid.Column<ApplicationQueueRow> submitted = grid.addColumn(this::submitted)
                .setHeader(getTranslation("volunteerQueue.submitted")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(this::interview).setHeader(getTranslation("volunteer.interview.title")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(row -> VolunteerPanels.names("interest.", row.interests()))
                .setHeader(getTranslation("volunteer.interests")).setWidth("9rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(row -> VolunteerPanels.names("skill.", row.skills()))
                .setHeader(getTranslation("volunteer.skills")).setWidth("9rem").setFlexGrow(1).setResizable(true);
        ResponsiveGrid.of(grid).secondary(submitted).cards(
                new ResponsiveGrid.Field<>("", row -> row.reference() + " — " + row.name()),
                new ResponsiveGrid.Field<>(getTranslation("queue.state"),
                        row -> getTranslation("volunteerState." + row.state().name())),
                new ResponsiveGrid.Field<>(getTranslation("volunteer.interview.title"), this::interview),
                new ResponsiveGrid.Field<>(getTranslation("volunteer.interests"),
                        row -> VolunteerPanels.names("interest.", row.interests())),
                new ResponsiveGrid.Field<>(getTranslation("volunteer.skills"),
                        row -> VolunteerPanels.names("skill.", row.skills())),
                new ResponsiveGrid.Field<>(getTranslation("volunteerQueue.submitted"), this::submitted));
        grid.setEmptyStateText(getTranslation("volunteerQueue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/volunteers/" + e.getItem().id())));
        grid.setHeight("32rem");
        return grid;
    }

    private String submitted(ApplicationQueueRow row) {
        return row.submittedAt() == null ? "" : PortalDates.both(row.submittedAt(), getLocale());
    }

    private String interview(ApplicationQueueRow row) {
        return row.interviewAt() == null || row.state() != ApplicationState.INTERVIEW ? ""
                : PortalDates.dateTime(row.interviewAt(), getLocale());
    }

    private void refresh() {
        ApplicationQueueFilter filter = new ApplicationQueueFilter(states.getValue(), skill.getValue(),
                interest.getValue(), day.getValue());
        grid.setItems(query -> applications.queue(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) applications.countQueue(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteerQueue.title");
    }
}
