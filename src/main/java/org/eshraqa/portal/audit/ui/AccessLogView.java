package org.eshraqa.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.audit.AccessLog;
import org.eshraqa.portal.audit.AccessLogFilter;
import org.eshraqa.portal.audit.AccessLogRow;
import org.eshraqa.portal.audit.RecordKind;
import org.eshraqa.portal.shared.PortalDates;

/** The administrator reads who opened which sensitive record, newest first, and narrows it down. */
@Route("admin/access-log")
@Menu(order = 97, title = "nav.admin.accessLog", icon = "vaadin:eye")
@RolesAllowed("ADMIN")
public class AccessLogView extends Div implements HasDynamicTitle {

    private final transient AccessLog log;
    private final TextField staff = new TextField();
    private final TextField record = new TextField();
    private final ComboBox<RecordKind> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AccessLogRow> grid = new Grid<>();

    public AccessLogView(AccessLog log) {
        this.log = log;
        addClassName("portal-page");
        setId("access-log-view");
        add(new H1(getTranslation("accessLog.title")), new Paragraph(getTranslation("accessLog.lead")), filters(),
                grid());
        refresh();
    }

    private Component filters() {
        staff.setLabel(getTranslation("accessLog.staff"));
        staff.setId("access-staff");
        record.setLabel(getTranslation("accessLog.record"));
        record.setId("access-record");
        for (TextField field : new TextField[] {staff, record}) {
            field.setClearButtonVisible(true);
            field.setMaxLength(100);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        kind.setLabel(getTranslation("accessLog.kind"));
        kind.setId("access-kind");
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("accessLog.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refresh());
        DateInputs.localise(from);
        DateInputs.localise(to);
        from.setLabel(getTranslation("accessLog.from"));
        from.setId("access-from");
        to.setLabel(getTranslation("accessLog.to"));
        to.setId("access-to");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        HorizontalLayout bar = new HorizontalLayout(staff, record, kind, from, to);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filters");
        return bar;
    }

    private Grid<AccessLogRow> grid() {
        grid.setId("access-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> PortalDates.dateTime(r.openedAt(), getLocale())).setHeader(getTranslation("accessLog.when"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(AccessLogRow::staffName).setHeader(getTranslation("accessLog.staff")).setWidth("10rem");
        Grid.Column<AccessLogRow> roleColumn = grid.addColumn(r -> getTranslation("role." + r.staffRole().name()))
                .setHeader(getTranslation("accessLog.role")).setWidth("10rem");
        grid.addColumn(r -> getTranslation("accessLog.kind." + r.kind().name()))
                .setHeader(getTranslation("accessLog.kind")).setWidth("8rem");
        grid.addColumn(this::record).setHeader(getTranslation("accessLog.record")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.of(grid).secondary(roleColumn).cards(
                new ResponsiveGrid.Field<>("", this::record),
                new ResponsiveGrid.Field<>(getTranslation("accessLog.when"),
                        r -> PortalDates.dateTime(r.openedAt(), getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("accessLog.staff"), AccessLogRow::staffName),
                new ResponsiveGrid.Field<>(getTranslation("accessLog.role"),
                        r -> getTranslation("role." + r.staffRole().name())),
                new ResponsiveGrid.Field<>(getTranslation("accessLog.kind"),
                        r -> getTranslation("accessLog.kind." + r.kind().name())));
        grid.setEmptyStateText(getTranslation("accessLog.empty"));
        grid.setHeight("32rem");
        return grid;
    }

    private void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            return;
        }
        AccessLogFilter filter = new AccessLogFilter(staff.getValue(), record.getValue(), kind.getValue(),
                from.getValue(), to.getValue());
        grid.setItems(q -> log.search(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) log.count(filter));
    }

    /**
     * The record's label as written when it was opened; after an erasure it holds only the
     * record's kind and number, and the page says the person's details were erased.
     */
    private String record(AccessLogRow row) {
        String label = row.recordLabel();
        if (label != null && label.matches("[A-Z_]+ #\\d+")) {
            return getTranslation("accessLog.kind." + row.kind().name()) + " " + label.substring(label.indexOf('#'))
                    + " — " + getTranslation("person.erased");
        }
        return label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessLog.title");
    }
}
