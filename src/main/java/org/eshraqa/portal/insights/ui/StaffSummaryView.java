package org.eshraqa.portal.insights.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.YearMonth;
import java.util.List;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.insights.Dashboards;
import org.eshraqa.portal.messaging.MessageLog;
import org.eshraqa.portal.surveys.Figures;

/**
 * What every member of staff reads about the last three months: how satisfied the people served
 * are and how the service keeps its promised dates. No breakdowns, no comments, no names.
 */
@Route("staff/summary")
@Menu(order = 66, title = "nav.summary", icon = "vaadin:line-bar-chart")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "COMMITTEE_MEMBER", "VOLUNTEER_COORDINATOR",
        "QUALITY_MANAGER", "ADMIN"})
public class StaffSummaryView extends Div implements HasDynamicTitle {

    public StaffSummaryView(Dashboards dashboards, MessageLog messageLog) {
        addClassNames("portal-page", "portal-medium");
        setId("staff-summary-view");
        // The page has no controls; focusable so keyboard users can scroll it on a phone.
        getElement().setAttribute("tabindex", "0");
        Dashboards.Summary summary = dashboards.summary();
        Paragraph lead = new Paragraph(getTranslation("summary.lead",
                MonthNames.of(summary.from(), getLocale()), MonthNames.of(summary.to(), getLocale())));
        lead.addClassName("portal-lead");
        Figures f = summary.satisfaction();
        Div satisfaction = new Div();
        satisfaction.addClassName("portal-tiles");
        satisfaction.setId("summary-satisfaction");
        if (f.shown()) {
            satisfaction.add(tile("summary-csat", "figure.csatPercent", percent(f.csatPercent())),
                    tile("summary-nps", "figure.nps", f.nps() == null ? "—" : "\u2066" + String.format(Locale.ROOT, "%+.0f", f.nps()) + "\u2069"),
                    tile("summary-responses", "figure.responses", String.valueOf(f.responses())));
        } else {
            Paragraph hidden = new Paragraph(getTranslation("dashboard.hidden.all", summary.minCellSize()));
            hidden.setId("summary-hidden");
            satisfaction.add(hidden);
        }
        var requests = summary.requests();
        Div service = new Div(tile("summary-decided", "dashboard.service.decided", String.valueOf(requests.decided())),
                tile("summary-within-target", "dashboard.service.withinTarget", percent(requests.withinTargetPercent())),
                tile("summary-overdue", "dashboard.service.overdue", String.valueOf(requests.overdue())));
        service.addClassName("portal-tiles");
        Paragraph right = new Paragraph(getTranslation("dashboard.right"));
        right.addClassName("portal-hint");
        add(new H1(getTranslation("summary.title")), lead,
                card("summary-satisfaction-card", "summary.satisfaction", satisfaction),
                card("summary-service-card", "dashboard.service", service),
                card("summary-messages-card", "summary.messages", messages(messageLog, summary, dashboards)), right);
    }

    /**
     * Text messages and WhatsApp messages the providers accepted, per month and channel, from the
     * summary's first month to this one: the association pays per message and per SMS segment.
     * Counts of messages, not of people, so no minimum cell size applies.
     */
    private Component messages(MessageLog log, Dashboards.Summary summary, Dashboards dashboards) {
        YearMonth from = YearMonth.from(summary.from().firstDay());
        YearMonth to = YearMonth.from(dashboards.today());
        List<MessageLog.Month> months = log.monthly(from, to);
        Div box = new Div();
        box.setId("summary-messages");
        Paragraph lead = new Paragraph(getTranslation("summary.messages.lead",
                MonthNames.of(gregorian(from), getLocale())));
        lead.addClassName("portal-hint");
        box.add(lead);
        if (months.isEmpty()) {
            box.add(new Paragraph(getTranslation("summary.messages.none")));
            return box;
        }
        NativeTable table = new NativeTable();
        table.addClassName("portal-messages-table");
        table.setId("summary-messages-table");
        NativeTableRow head = table.getHead().addRow();
        List<String> headers = List.of("summary.messages.month", "messages.channel", "summary.messages.count",
                "messages.segments");
        for (String key : headers) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (MessageLog.Month month : months) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(MonthNames.of(gregorian(month.month()), getLocale()));
            row.addDataCell().setText(getTranslation("messaging.channel." + month.channel().name()));
            row.addDataCell().setText(String.valueOf(month.messages()));
            row.addDataCell().setText(month.channel() == MessagingChannel.SMS ? String.valueOf(month.segments()) : "—");
            var cells = row.getDataCells();
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).getElement().setAttribute("data-label", getTranslation(headers.get(i)));
            }
        }
        box.add(table);
        return box;
    }

    private Div tile(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("portal-tile-value");
        number.setId(id);
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("portal-tile-label");
        Div tile = new Div(number, label);
        tile.addClassName("portal-tile");
        return tile;
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title");
    }

    /** A Gregorian month named as every other month of the portal (MonthNames). */
    private static org.eshraqa.portal.surveys.MonthKey gregorian(YearMonth month) {
        return org.eshraqa.portal.surveys.MonthKey.of(org.eshraqa.portal.surveys.CalendarKind.GREGORIAN,
                month.atDay(1));
    }
}
