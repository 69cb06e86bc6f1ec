package org.eshraqa.portal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
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
        if (log.countOpenedMyFile() == 0) {
            Paragraph empty = new Paragraph(getTranslation("myFileAccess.empty"));
            empty.setId("my-file-access-empty");
            empty.addClassName("portal-hint");
            add(empty);
            return;
        }
        Grid<OpenedMyFile> grid = new Grid<>();
        grid.setId("my-file-access-grid");
        grid.addColumn(o -> PortalDates.dateTime(o.openedAt(), getLocale()))
                .setHeader(getTranslation("accessLog.when")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("role." + o.staffRole().name())
                        + (o.staffName() == null ? "" : " — " + o.staffName()))
                .setHeader(getTranslation("myFileAccess.who")).setFlexGrow(1);
        grid.addColumn(o -> getTranslation("accessLog.kind." + o.kind().name()) + ": " + o.recordLabel())
                .setHeader(getTranslation("accessLog.record")).setFlexGrow(2);
        grid.setItems(q -> log.openedMyFile(q.getOffset(), q.getLimit()).stream(), q -> (int) log.countOpenedMyFile());
        grid.setHeight("28rem");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myFileAccess.title");
    }
}
