package org.eshraqa.portal.messaging.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.eshraqa.portal.messaging.CaseKind;
import org.eshraqa.portal.messaging.DeliveryStatus;
import org.eshraqa.portal.messaging.MessageLog;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.MessagesContribution;
import org.eshraqa.portal.shared.ui.Panels;

/**
 * The "Messages by text and WhatsApp" panel on a request's and a question's staff page and on the
 * contact log: each message in or out, its channel, why it was sent, its delivery status as the
 * provider reported it, and the segments billed.
 */
@org.springframework.stereotype.Component
class MessagesPanel implements MessagesContribution {

    private static final List<String> HEADERS = List.of("messages.when", "messages.channel", "messages.what",
            "messages.status", "messages.segments");

    private final MessageLog log;

    MessagesPanel(MessageLog log) {
        this.log = log;
    }

    @Override
    public Optional<Component> create(Place place, long id) {
        List<MessageLog.Line> lines = switch (place) {
            case REQUEST -> log.forCase(CaseKind.REQUEST, id);
            case INQUIRY -> log.forCase(CaseKind.INQUIRY, id);
            case CONTACT_LOG -> log.recent(20);
        };
        if (lines.isEmpty() && place != Place.CONTACT_LOG) {
            return Optional.empty();
        }
        Div content = new Div();
        if (lines.isEmpty()) {
            content.add(new Span(content.getTranslation("messages.none")));
        } else {
            content.add(table(content, lines, place));
        }
        return Optional.of(Panels.card("case-messages", "messages.title", content));
    }

    private Component table(Component owner, List<MessageLog.Line> lines, Place place) {
        NativeTable table = new NativeTable();
        table.addClassName("portal-messages-table");
        table.setId("case-messages-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : HEADERS) {
            head.addHeaderCell().setText(owner.getTranslation(key));
        }
        for (MessageLog.Line line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-status", line.status() == null ? "RECEIVED" : line.status().name());
            Span number = new Span("\u2066" + line.mobileTail() + "\u2069");
            number.getElement().setAttribute("dir", "ltr");
            number.getStyle().set("white-space", "nowrap");
            number.addClassName("portal-hint");
            String what = line.outgoing() ? owner.getTranslation("messages.purpose." + line.purpose().name())
                    : owner.getTranslation("messages.received") + (line.detail() == null ? ""
                            : " · " + (line.detail().equals("OPT_OUT") ? owner.getTranslation("messages.optOut")
                                    : line.detail().startsWith("document.") ? owner.getTranslation(line.detail())
                                    : line.detail()));
            Span status = new Span(line.status() == null ? owner.getTranslation("messages.status.RECEIVED")
                    : owner.getTranslation("messages.status." + line.status().name()));
            status.getElement().getThemeList().add("badge");
            status.getElement().getThemeList().add("pill");
            if (!theme(line.status()).isEmpty()) {
                status.getElement().getThemeList().add(theme(line.status()));
            }
            status.addClassName("case-message-status");
            var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
            // In the association's time zone and the portal's one format, both calendars.
            row.addDataCell().setText(PortalDates.dateTime(line.at(), locale));
            row.addDataCell().add(new Span(owner.getTranslation("messaging.channel." + line.channel().name())),
                    new com.vaadin.flow.component.html.Div(number));
            if (line.media() && place != Place.CONTACT_LOG) {
                long id = line.id();
                Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> log.media(id)
                        .map(m -> new DownloadResponse(new ByteArrayInputStream(m.content()), m.fileName(),
                                m.mediaType(), m.content().length))
                        .orElseGet(() -> DownloadResponse.error(404))), line.detail());
                file.getElement().setAttribute("download", true);
                file.setId("message-media-" + id);
                row.addDataCell().add(new Span(owner.getTranslation("messages.received") + " · "), file);
            } else {
                row.addDataCell().setText(what);
            }
            if (line.failure() == null) {
                row.addDataCell().add(status);
            } else {
                // What the provider said, so staff can tell a wrong number from an outage.
                // The provider writes in English: its words keep their own direction in an Arabic page.
                Span said = new Span(line.failure());
                said.getElement().setAttribute("dir", "auto");
                Span reason = new Span(new Text(owner.getTranslation("messages.failure") + " "), said);
                reason.addClassNames("portal-hint", "case-message-failure");
                row.addDataCell().add(new Div(status, reason));
            }
            row.addDataCell().setText(line.segments() == null ? "—" : String.valueOf(line.segments()));
            // On a phone each row stands as a small card; the cells name themselves (CSS ::before).
            var cells = row.getDataCells();
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).getElement().setAttribute("data-label", owner.getTranslation(HEADERS.get(i)));
            }
        }
        Div scroll = new Div(table);
        scroll.getStyle().set("overflow-x", "auto");
        // A table wider than a phone scrolls sideways; keyboard users reach it too.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", owner.getTranslation("messages.title"));
        return scroll;
    }

    private static String theme(DeliveryStatus status) {
        if (status == null) {
            return "contrast";
        }
        return switch (status) {
            case DELIVERED, READ -> "success";
            case FAILED, CANCELLED -> "error";
            default -> "";
        };
    }
}
