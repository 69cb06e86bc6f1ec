package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.ErasureChangedMeanwhile;
import org.eshraqa.portal.identity.ErasureRequestRow;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
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
    private final Grid<ErasureRequestRow> grid = new Grid<>();

    public ErasureRequestsView(PersonalDataRights rights) {
        this.rights = rights;
        addClassName("portal-page");
        setId("erasure-requests-view");
        grid.setId("erasures-grid");
        grid.addColumn(ErasureRequestRow::fullName).setHeader(getTranslation("users.name")).setFlexGrow(2);
        grid.addColumn(ErasureRequestRow::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        grid.addColumn(r -> PortalDates.dateTime(r.requestedAt(), getLocale()))
                .setHeader(getTranslation("erasures.requestedAt")).setAutoWidth(true);
        grid.addColumn(r -> r.reasons().stream().map(this::getTranslation).collect(Collectors.joining("؛ ")))
                .setHeader(getTranslation("erasures.reasons")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("erasures.empty"));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("erasures.title")), new Paragraph(getTranslation("erasures.lead")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rights.pendingErasures());
    }

    private HorizontalLayout actions(ErasureRequestRow row) {
        Button approve = new Button(getTranslation("erasures.approve"), e -> confirmApprove(row));
        approve.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        approve.setId("approve-" + row.id());
        Button refuse = new Button(getTranslation("erasures.refuse"), e -> openRefuse(row));
        refuse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refuse.setId("refuse-" + row.id());
        HorizontalLayout box = new HorizontalLayout(approve, refuse);
        box.setSpacing(false);
        return box;
    }

    private void confirmApprove(ErasureRequestRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("erasures.approve.title"));
        dialog.setText(getTranslation("erasures.approve.text", row.fullName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("erasures.approve"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> decide(() -> rights.approveErasure(row.id()), "erasures.approved"));
        dialog.open();
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
