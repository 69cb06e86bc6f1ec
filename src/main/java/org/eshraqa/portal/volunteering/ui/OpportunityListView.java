package org.eshraqa.portal.volunteering.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.shared.ui.ViewChoice;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityState;
import org.eshraqa.portal.volunteering.OpportunityView;

/** The coordinator's opportunities: those still to come (or under way) and past ones, a page at a time. */
@Route("staff/opportunities")
@Menu(order = 61, title = "nav.opportunitiesAdmin", icon = "vaadin:calendar-user")
@RolesAllowed("VOLUNTEER_COORDINATOR")
public class OpportunityListView extends Div implements HasDynamicTitle {

    private final transient Opportunities opportunities;
    private final Grid<OpportunityView> grid = new Grid<>();

    public OpportunityListView(Opportunities opportunities) {
        this.opportunities = opportunities;
        addClassName("portal-page");
        setId("opportunity-list-view");
        Anchor create = new Anchor("staff/opportunities/new", getTranslation("opportunityAdmin.new"));
        create.addClassNames("portal-cta", "portal-cta-primary");
        create.setId("new-opportunity");
        ViewChoice<Boolean> tabs = new ViewChoice<>(getTranslation("opportunityAdmin.title"), this::show);
        tabs.add(false, getTranslation("opportunityAdmin.upcoming"), "tab-upcoming");
        tabs.add(true, getTranslation("opportunityAdmin.past"), "tab-past");
        add(new H1(getTranslation("opportunityAdmin.title")), create, tabs, grid());
        show(false);
    }

    private Grid<OpportunityView> grid() {
        grid.setId("opportunity-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(o -> new Anchor("staff/opportunities/" + o.id(), o.title()))
                .setHeader(getTranslation("opportunity.title")).setFlexGrow(2);
        grid.addColumn(o -> VolunteerPanels.when(o.startsAt(), o.endsAt(), getLocale()))
                .setHeader(getTranslation("opportunity.when")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("opportunityAdmin.seats", o.seatsTaken(), o.seats()))
                .setHeader(getTranslation("opportunity.seats")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> {
            Span state = new Span(getTranslation("opportunityState." + o.state().name()));
            String theme = o.state() == OpportunityState.CANCELLED ? "badge contrast" : "badge success";
            state.getElement().setAttribute("theme", theme);
            return state;
        }).setHeader(getTranslation("queue.state")).setAutoWidth(true).setFlexGrow(0);
        ResponsiveGrid.of(grid).cards(
                new ResponsiveGrid.Field<>("", OpportunityView::title),
                new ResponsiveGrid.Field<>(getTranslation("opportunity.when"),
                        o -> VolunteerPanels.when(o.startsAt(), o.endsAt(), getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("opportunity.seats"),
                        o -> getTranslation("opportunityAdmin.seats", o.seatsTaken(), o.seats())),
                new ResponsiveGrid.Field<>(getTranslation("queue.state"),
                        o -> getTranslation("opportunityState." + o.state().name())));
        grid.setEmptyStateText(getTranslation("opportunityAdmin.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/opportunities/" + e.getItem().id())));
        grid.setHeight("30rem");
        return grid;
    }

    private void show(boolean past) {
        grid.setItems(query -> opportunities.list(past, query.getOffset(), query.getLimit()).stream(),
                query -> (int) opportunities.count(past));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunityAdmin.title");
    }
}
