package org.eshraqa.portal.inquiries.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquirySummary;
import org.eshraqa.portal.shared.PortalDates;

/** "My questions": everything the signed-in person asked, newest first, and where each stands. */
@Route("inquiries")
@Menu(order = 25, title = "nav.myInquiries", icon = "vaadin:question-circle-o")
@PermitAll
public class MyInquiriesView extends Div implements HasDynamicTitle {

    public MyInquiriesView(Inquiries inquiries) {
        addClassNames("portal-page", "portal-medium");
        setId("my-inquiries-view");
        Anchor ask = new Anchor("inquiries/new", getTranslation("inquiries.ask"));
        ask.addClassNames("portal-cta", "portal-cta-primary");
        ask.setId("ask-question");
        add(new H1(getTranslation("inquiries.title")), new Paragraph(getTranslation("inquiries.lead")), ask);
        if (inquiries.countMine() == 0) {
            Paragraph empty = new Paragraph(getTranslation("inquiries.empty"));
            empty.setId("inquiries-empty");
            empty.addClassName("portal-hint");
            add(empty);
            return;
        }
        Grid<InquirySummary> grid = new Grid<>();
        grid.setId("inquiries-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(i -> new Anchor("inquiries/" + i.id(), i.subject()))
                .setHeader(getTranslation("inquiry.subject")).setFlexGrow(2);
        grid.addComponentColumn(i -> InquiryPanels.badge(i.state(), false))
                .setHeader(getTranslation("inquiry.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> PortalDates.dateTime(i.lastActivityAt(), getLocale()))
                .setHeader(getTranslation("inquiry.lastActivity")).setWidth("10rem").setFlexGrow(0);
        ResponsiveGrid.of(grid).cards(
                new ResponsiveGrid.Field<>("", InquirySummary::subject),
                new ResponsiveGrid.Field<>(getTranslation("inquiry.state"),
                        i -> getTranslation("inquiryState." + i.state().name())),
                new ResponsiveGrid.Field<>(getTranslation("inquiry.lastActivity"),
                        i -> PortalDates.dateTime(i.lastActivityAt(), getLocale())));
        grid.setItems(query -> inquiries.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) inquiries.countMine());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("inquiries/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inquiries.title");
    }
}
