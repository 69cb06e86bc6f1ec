package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.eshraqa.portal.identity.ErasureChangedMeanwhile;
import org.eshraqa.portal.identity.ErasureRequestRow;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;

/**
 * The administrator decides the erasure requests that could not run at once, because something
 * had to be kept (an open case, a registered beneficiary, certificates others verify, a staff account).
 */
@Route("admin/erasures")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "nav.admin.erasures", icon = "vaadin:eraser")
public class ErasureRequestsView extends Div implements HasDynamicTitle {

    private final PersonalDataRights rights;
    private final Div list = new Div();

    public ErasureRequestsView(PersonalDataRights rights) {
        this.rights = rights;
        addClassNames("portal-page", "portal-narrow");
        setId("erasure-requests-view");
        list.setId("erasures-list");
        add(new H1(getTranslation("erasures.title")), new Paragraph(getTranslation("erasures.lead")), list);
        refresh();
    }

    /** One card per waiting request: few at a time, and readable on a phone. */
    private void refresh() {
        list.removeAll();
        var rows = rights.pendingErasures();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("erasures.empty"));
            empty.setId("erasures-empty");
            empty.addClassName("portal-hint");
            list.add(empty);
        }
        rows.forEach(row -> list.add(card(row)));
    }

    private Section card(ErasureRequestRow row) {
        DescriptionList facts = new DescriptionList();
        Panels.item(facts, "users.email", row.email());
        Panels.item(facts, "erasures.requestedAt", PortalDates.dateTime(row.requestedAt(), getLocale()));
        UnorderedList reasons = new UnorderedList();
        row.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason))));
        Section card = new Section(new H2(row.fullName()), facts, new Paragraph(getTranslation("erasures.reasons")),
                reasons, actions(row));
        card.addClassName("portal-card");
        card.setId("erasure-" + row.id());
        return card;
    }

    private HorizontalLayout actions(ErasureRequestRow row) {
        Button approve = new Button(getTranslation("erasures.approve"), e -> confirmApprove(row));
        approve.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.setId("approve-" + row.id());
        Button refuse = new Button(getTranslation("erasures.refuse"), e -> openRefuse(row));
        refuse.setId("refuse-" + row.id());
        HorizontalLayout box = new HorizontalLayout(approve, refuse);
        box.setWrap(true);
        return box;
    }

    private void confirmApprove(ErasureRequestRow row) {
        DestructiveConfirm.open("approve-erasure-confirm", getTranslation("erasures.approve.title"),
                getTranslation("erasures.approve.text", row.fullName()), getTranslation("erasures.approve"),
                () -> decide(() -> rights.approveErasure(row.id()), "erasures.approved"));
    }

    private void openRefuse(ErasureRequestRow row) {
        Dialog dialog = new Dialog(getTranslation("erasures.refuse.title", row.fullName()));
        TextArea reason = Panels.longText("refusal-reason", "erasures.refuse.reason", "erasures.refuse.help");
        reason.setRequired(true);
        Button save = new Button(getTranslation("erasures.refuse"), e -> {
            try {
                rights.refuseErasure(row.id(), reason.getValue());
                dialog.close();
                Panels.show("erasures.refused", NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                reason.setErrorMessage(getTranslation(ex.fieldErrors().values().iterator().next()));
                reason.setInvalid(true);
            } catch (ErasureChangedMeanwhile ex) {
                dialog.close();
                Panels.show("erasures.changed", NotificationVariant.LUMO_WARNING);
                refresh();
            }
        });
        save.setId("refuse-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private void decide(Runnable action, String doneKey) {
        try {
            action.run();
            Panels.show(doneKey, NotificationVariant.LUMO_SUCCESS);
        } catch (ErasureChangedMeanwhile ex) {
            Panels.show("erasures.changed", NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasures.title");
    }
}
