package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.surveys.ActionDraft;
import org.eshraqa.portal.surveys.ActionStatus;
import org.eshraqa.portal.surveys.ActionView;
import org.eshraqa.portal.surveys.Dimension;
import org.eshraqa.portal.surveys.ImprovementActions;
import org.eshraqa.portal.surveys.TemplateChangedMeanwhile;

/**
 * The quality manager's improvement actions: what is being done about a theme of feedback, by
 * whom and by when; done ones are published on "you said, we did".
 */
@Route("staff/improvements")
@Menu(order = 72, title = "nav.improvements", icon = "vaadin:lightbulb")
@RolesAllowed("QUALITY_MANAGER")
public class ImprovementActionsView extends Div implements HasDynamicTitle {

    private final transient ImprovementActions actions;
    private final Div list = new Div();

    public ImprovementActionsView(ImprovementActions actions) {
        this.actions = actions;
        addClassNames("portal-page", "portal-medium");
        setId("improvements-view");
        Paragraph lead = new Paragraph(getTranslation("improvements.lead"));
        lead.addClassName("portal-lead");
        Button create = new Button(getTranslation("improvements.new"), e -> edit(null));
        create.setId("improvement-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("improvement-list");
        add(new H1(getTranslation("improvements.title")), lead, create, list);
        render();
    }

    private void render() {
        list.removeAll();
        List<ActionView> all = actions.all();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("improvements.empty"));
            empty.setId("improvements-empty");
            empty.addClassName("portal-hint");
            list.add(empty);
        }
        for (ActionView action : all) {
            Section card = new Section(new H2(action.title(getLocale())));
            card.addClassName("portal-card");
            card.setId("improvement-" + action.id());
            Span status = new Span(getTranslation("actionStatus." + action.status().name()));
            status.getElement().setAttribute("theme", action.status() == ActionStatus.DONE ? "badge success" : "badge");
            Paragraph meta = new Paragraph(getTranslation("improvements.meta", action.ownerName(),
                    PortalDates.both(action.dueOn(), getLocale())));
            meta.addClassName("portal-hint");
            Paragraph published = new Paragraph(getTranslation(action.published() ? "improvements.published"
                    : "improvements.notPublished"));
            Button edit = new Button(getTranslation("improvements.edit"), e -> edit(action));
            edit.setId("improvement-edit-" + action.id());
            Button publish = new Button(getTranslation(action.published() ? "improvements.unpublish"
                    : "improvements.publish"), e -> confirmPublish(action));
            publish.setId("improvement-publish-" + action.id());
            publish.setEnabled(action.published() || action.status() == ActionStatus.DONE);
            card.add(status, meta, published, new Div(edit, publish));
            list.add(card);
        }
    }

    private void confirmPublish(ActionView action) {
        boolean publish = !action.published();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(publish ? "improvements.publish"
                : "improvements.unpublish"), getTranslation(publish ? "improvements.publish.confirm"
                : "improvements.unpublish.confirm"), getTranslation("case.confirm.ok"), e -> {
                    try {
                        actions.publish(action.id(), action.version(), publish);
                        Panels.show(publish ? "improvements.published" : "improvements.notPublished",
                                NotificationVariant.LUMO_SUCCESS);
                    } catch (InvalidInputException invalid) {
                        Panels.show(invalid.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
                    } catch (TemplateChangedMeanwhile changed) {
                        Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
                    }
                    render();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void edit(ActionView action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(action == null ? "improvements.new" : "improvements.edit"));
        TextField titleAr = field("improvement-title-ar", "improvements.titleAr", action == null ? "" : action.titleAr());
        TextField titleEn = field("improvement-title-en", "improvements.titleEn", action == null ? "" : action.titleEn());
        titleEn.getElement().setAttribute("dir", "ltr");
        TextArea saidAr = area("improvement-said-ar", "improvements.saidAr", action == null ? "" : action.saidAr());
        TextArea saidEn = area("improvement-said-en", "improvements.saidEn", action == null ? "" : action.saidEn());
        saidEn.getElement().setAttribute("dir", "ltr");
        TextArea didAr = area("improvement-did-ar", "improvements.didAr", action == null ? "" : action.didAr());
        TextArea didEn = area("improvement-did-en", "improvements.didEn", action == null ? "" : action.didEn());
        didEn.getElement().setAttribute("dir", "ltr");
        ComboBox<Dimension> theme = new ComboBox<>(getTranslation("improvements.theme"));
        theme.setId("improvement-theme");
        theme.setItems(Dimension.TRIGGER, Dimension.SERVICE, Dimension.CHANNEL, Dimension.REGION, Dimension.STEP);
        theme.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        theme.setClearButtonVisible(true);
        TextField themeValue = field("improvement-theme-value", "improvements.themeValue",
                action == null || action.themeValue() == null ? "" : action.themeValue());
        TextField period = field("improvement-period", "improvements.period",
                action == null || action.periodLabel() == null ? "" : action.periodLabel());
        ComboBox<AccountSummary> owner = new ComboBox<>(getTranslation("improvements.owner"));
        owner.setId("improvement-owner");
        List<AccountSummary> owners = actions.possibleOwners();
        owner.setItems(owners);
        owner.setItemLabelGenerator(AccountSummary::fullName);
        DatePicker due = DateInputs.localise(new DatePicker(getTranslation("improvements.due")));
        due.setId("improvement-due");
        ComboBox<ActionStatus> status = new ComboBox<>(getTranslation("improvements.status"));
        status.setId("improvement-status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actionStatus." + s.name()));
        if (action != null) {
            theme.setValue(action.themeDimension());
            owners.stream().filter(a -> a.id() == action.ownerAccountId()).findFirst().ifPresent(owner::setValue);
            due.setValue(action.dueOn());
            status.setValue(action.status());
        } else {
            status.setValue(ActionStatus.PLANNED);
        }
        FormLayout form = new FormLayout(titleAr, titleEn, saidAr, saidEn, didAr, didEn, theme, themeValue, period,
                owner, due, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("titleAr", titleAr);
        fields.put("titleEn", titleEn);
        fields.put("saidAr", saidAr);
        fields.put("saidEn", saidEn);
        fields.put("didAr", didAr);
        fields.put("didEn", didEn);
        fields.put("themeValue", themeValue);
        fields.put("periodLabel", period);
        fields.put("owner", owner);
        fields.put("dueOn", due);
        fields.put("status", status);
        Button save = new Button(getTranslation("improvements.save"), e -> {
            Panels.clearErrors(fields);
            try {
                actions.save(action == null ? null : action.id(), action == null ? 0 : action.version(),
                        new ActionDraft(titleAr.getValue(), titleEn.getValue(), saidAr.getValue(), saidEn.getValue(),
                                didAr.getValue(), didEn.getValue(), theme.getValue(), themeValue.getValue(), null,
                                period.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                                due.getValue(), status.getValue()));
                dialog.close();
                Panels.show("improvements.saved", NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), fields);
            } catch (TemplateChangedMeanwhile changed) {
                Panels.show("error.concurrentChange", NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("improvement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(200);
        field.setValue(value);
        field.setWidthFull();
        return field;
    }

    private TextArea area(String id, String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(4000);
        area.setValue(value);
        area.setWidthFull();
        return area;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("improvements.title");
    }
}
