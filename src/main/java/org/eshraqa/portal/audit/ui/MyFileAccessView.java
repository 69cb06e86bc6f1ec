package org.eshraqa.portal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.OpenedMyFile;
import org.eshraqa.portal.shared.PortalDates;

/**
 * A person sees who at the association opened their file: when, in which role (and by name if the
 * association chose so), and which record.
 */
@Route("my-file/access")
@PermitAll
public class MyFileAccessView extends Div implements HasDynamicTitle {

    public MyFileAccessView(AccessLog log) {
        addClassNames("portal-page", "portal-narrow");
        setId("my-file-access-view");
        add(new H1(getTranslation("myFileAccess.title")), new Paragraph(getTranslation(log.showsStaffNames()
                ? "myFileAccess.lead.names" : "myFileAccess.lead.roles")));
        // One line may stand for several openings: say so, so that one line is not read as one look.
        Paragraph grouped = new Paragraph(getTranslation("myFileAccess.grouped", log.collapseMinutes()));
        grouped.setId("my-file-access-grouped");
        grouped.addClassName("portal-hint");
        add(grouped);
        if (log.countOpenedMyFile() == 0) {
            Paragraph empty = new Paragraph(getTranslation("myFileAccess.empty"));
            empty.setId("my-file-access-empty");
            empty.addClassName("portal-hint");
            add(empty);
            return;
        }
        Grid<OpenedMyFile> grid = new Grid<>();
        grid.setId("my-file-access-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> PortalDates.dateTime(o.openedAt(), getLocale()))
                .setHeader(getTranslation("accessLog.when")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(this::who).setHeader(getTranslation("myFileAccess.who")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(this::what).setHeader(getTranslation("accessLog.record")).setWidth("10rem").setFlexGrow(2);
        ResponsiveGrid.of(grid).cards(
                new ResponsiveGrid.Field<>("", this::what),
                new ResponsiveGrid.Field<>(getTranslation("accessLog.when"),
                        o -> PortalDates.dateTime(o.openedAt(), getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("myFileAccess.who"), this::who));
        grid.setItems(q -> log.openedMyFile(q.getOffset(), q.getLimit()).stream(), q -> (int) log.countOpenedMyFile());
        grid.setHeight("28rem");
        add(grid);
    }

    private String who(OpenedMyFile o) {
        return getTranslation("role." + o.staffRole().name()) + (o.staffName() == null ? "" : " — " + o.staffName());
    }

    private String what(OpenedMyFile o) {
        return getTranslation("accessLog.kind." + o.kind().name()) + ": " + o.recordLabel();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myFileAccess.title");
    }
}
