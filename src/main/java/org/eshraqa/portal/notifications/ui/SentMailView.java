package org.eshraqa.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.notifications.Mailer;
import org.eshraqa.portal.notifications.SentMailRecord;
import org.eshraqa.portal.shared.PortalDates;

/**
 * Mail the portal sent or, without a mail server, only recorded: to whom (account), what kind,
 * when and how. Outside demo mode that is all there is (no address, subject or body: an
 * administrator must not follow someone's survey link or read a decision); in demo mode the whole
 * mail opens, so a newcomer can follow a verification link.
 */
@Route("admin/mail")
@Menu(order = 91, title = "nav.admin.mail", icon = "vaadin:envelope")
@RolesAllowed("ADMIN")
public class SentMailView extends Div implements HasDynamicTitle {

    public SentMailView(Mailer mailer) {
        addClassName("portal-page");
        setId("sent-mail-view");
        Grid<SentMailRecord> grid = new Grid<>();
        // Fixed widths and wrapping cells: a long date (both calendars) or kind of one mail must not
        // widen its column and push the grid past a 1280 px window with the menu open.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> PortalDates.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("mail.sentAt"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(this::recipient).setHeader(getTranslation("mail.recipient")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("mail.kind." + (m.kind() == null ? "unknown" : m.kind())))
                .setHeader(getTranslation("mail.kind")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(m -> m.subject() == null ? "" : m.subject()).setHeader(getTranslation("mail.subject"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation("mail.transport." + m.transport())).setHeader(getTranslation("mail.transport"))
                .setAutoWidth(true);
        ResponsiveGrid.of(grid).cards(
                new ResponsiveGrid.Field<>("", this::recipient),
                new ResponsiveGrid.Field<>(getTranslation("mail.sentAt"), m -> PortalDates.dateTime(m.createdAt(),
                        getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("mail.kind"),
                        m -> getTranslation("mail.kind." + (m.kind() == null ? "unknown" : m.kind()))),
                new ResponsiveGrid.Field<>(getTranslation("mail.subject"), m -> m.subject() == null ? "" : m.subject()),
                new ResponsiveGrid.Field<>(getTranslation("mail.transport"),
                        m -> getTranslation("mail.transport." + m.transport())));
        grid.setItems(q -> mailer.recent(q.getOffset(), q.getLimit()).stream(), q -> (int) mailer.count());
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        // A long address wraps (portal.css breaks it) rather than being cut at the column's edge.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("70vh");
        grid.setId("sent-mail-grid");
        add(new H1(getTranslation("mail.title")), new Paragraph(getTranslation("mail.lead")), grid);
    }

    private String recipient(SentMailRecord mail) {
        if (mail.recipient() != null) {
            return mail.recipient();
        }
        return mail.recipientAccountId() == null ? "" : getTranslation("mail.account", String.valueOf(mail.recipientAccountId()));
    }

    private void open(SentMailRecord mail) {
        if (mail.bodyHtml() == null) {
            return; // outside demo mode no text is kept
        }
        Dialog dialog = new Dialog(mail.subject());
        // The body is the portal's own HTML; a sandboxed frame keeps it apart from this page.
        IFrame frame = new IFrame();
        frame.setSrcdoc(mail.bodyHtml());
        frame.setSandbox(IFrame.SandboxType.ALLOW_POPUPS);
        frame.setWidth("min(40rem, 90vw)");
        frame.setHeight("24rem");
        frame.getElement().setAttribute("title", mail.subject());
        dialog.add(frame);
        // A visible way out, not only Escape (which a phone does not have).
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("mail-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getHeader().add(close);
        dialog.setCloseOnEsc(true);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}
