package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.eshraqa.portal.inquiries.CannedAnswerDraft;
import org.eshraqa.portal.inquiries.CannedAnswerView;
import org.eshraqa.portal.inquiries.ChangedMeanwhile;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.shared.InvalidInputException;

/** The administrator keeps the canned answers staff insert when they answer a question. */
@Route("admin/answers")
@Menu(order = 96, title = "nav.admin.cannedAnswers", icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class CannedAnswersView extends Div implements HasDynamicTitle {

    private final transient Inquiries inquiries;
    private final Grid<CannedAnswerView> grid = new Grid<>();

    public CannedAnswersView(Inquiries inquiries) {
        this.inquiries = inquiries;
        addClassName("portal-page");
        setId("canned-answers-view");
        Button add = new Button(getTranslation("canned.add"), e -> edit(null));
        add.setId("add-canned-answer");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("canned-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CannedAnswerView::sortOrder).setHeader(getTranslation("canned.order")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.title(getLocale())).setHeader(getTranslation("canned.title")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.active() ? "canned.active" : "canned.inactive"))
                .setHeader(getTranslation("canned.status")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<CannedAnswerView> actions = grid.addComponentColumn(c -> {
            Button edit = new Button(getTranslation("canned.edit"), e -> edit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-canned-" + c.id());
            Button delete = new Button(getTranslation("canned.delete"), e -> confirmDelete(c));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-canned-" + c.id());
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("canned.actions")).setAutoWidth(true).setFlexGrow(0);
        ResponsiveGrid.of(grid).keepOnPhone(actions).cards(
                new ResponsiveGrid.Field<>("", c -> c.sortOrder() + ". " + c.title(getLocale())),
                new ResponsiveGrid.Field<>(getTranslation("canned.status"),
                        c -> getTranslation(c.active() ? "canned.active" : "canned.inactive")));
        grid.setEmptyStateText(getTranslation("canned.empty"));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("canned.pageTitle")), new Paragraph(getTranslation("canned.lead")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(inquiries.allCannedAnswers());
    }

    private void edit(CannedAnswerView existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "canned.add" : "canned.edit"));
        dialog.setId("canned-dialog");
        TextField titleAr = new TextField(getTranslation("canned.titleAr"));
        titleAr.setId("canned-title-ar");
        TextField titleEn = new TextField(getTranslation("canned.titleEn"));
        titleEn.setId("canned-title-en");
        titleEn.getElement().setAttribute("dir", "ltr");
        TextArea bodyAr = new TextArea(getTranslation("canned.bodyAr"));
        bodyAr.setId("canned-body-ar");
        bodyAr.getElement().setAttribute("dir", "rtl");
        TextArea bodyEn = new TextArea(getTranslation("canned.bodyEn"));
        bodyEn.setId("canned-body-en");
        bodyEn.getElement().setAttribute("dir", "ltr");
        IntegerField order = new IntegerField(getTranslation("canned.order"));
        order.setId("canned-order");
        order.setStepButtonsVisible(true);
        Checkbox active = new Checkbox(getTranslation("canned.active"));
        active.setId("canned-active");
        for (var field : new com.vaadin.flow.component.HasSize[] {titleAr, titleEn, bodyAr, bodyEn}) {
            field.setWidthFull();
        }
        titleAr.setMaxLength(150);
        titleEn.setMaxLength(150);
        bodyAr.setMaxLength(4000);
        bodyEn.setMaxLength(4000);
        if (existing != null) {
            titleAr.setValue(existing.titleAr());
            titleEn.setValue(existing.titleEn());
            bodyAr.setValue(existing.bodyAr());
            bodyEn.setValue(existing.bodyEn());
            order.setValue(existing.sortOrder());
            active.setValue(existing.active());
        } else {
            order.setValue(100);
            active.setValue(true);
        }
        Map<String, HasValidation> fields = Map.of("titleAr", titleAr, "titleEn", titleEn, "bodyAr", bodyAr,
                "bodyEn", bodyEn);
        Button save = new Button(getTranslation("canned.save"), e -> {
            Panels.clearErrors(fields);
            try {
                inquiries.saveCannedAnswer(existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(),
                        new CannedAnswerDraft(titleAr.getValue(), titleEn.getValue(), bodyAr.getValue(),
                                bodyEn.getValue(), order.getValue() == null ? 0 : order.getValue(), active.getValue()));
                Panels.show("canned.saved", NotificationVariant.LUMO_SUCCESS);
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), fields);
            } catch (ChangedMeanwhile changed) {
                Panels.show(changed.getMessage(), NotificationVariant.LUMO_ERROR);
                dialog.close();
                refresh();
            }
        });
        save.setId("save-canned");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Div form = new Div(titleAr, titleEn, bodyAr, bodyEn, order, active);
        form.addClassName("portal-dialog-form");
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(44rem, 96vw)");
        dialog.open();
    }

    private void confirmDelete(CannedAnswerView answer) {
        DestructiveConfirm.open("canned-delete-confirm", getTranslation("canned.delete"),
                getTranslation("canned.delete.confirm", answer.title(getLocale())), getTranslation("canned.delete"),
                () -> delete(answer));
    }

    private void delete(CannedAnswerView answer) {
        inquiries.deleteCannedAnswer(answer.id());
        Panels.show("canned.deleted", NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("canned.pageTitle");
    }
}
