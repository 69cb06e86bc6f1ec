package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.shared.ui.ViewChoice;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.surveys.TemplateChangedMeanwhile;
import org.eshraqa.portal.surveys.TemplateDimension;
import org.eshraqa.portal.surveys.TemplateDraft;
import org.eshraqa.portal.surveys.TemplateView;
import org.eshraqa.portal.surveys.TriggerType;

/**
 * The quality manager's survey templates, one per kind of service: the introduction in both
 * languages and the rated dimensions. The fixed questions (overall satisfaction, effort,
 * recommendation, comment, "may we contact you?") are always asked. Saving a version people
 * already answered keeps it and makes the next one.
 */
@Route("staff/surveys")
@Menu(order = 70, title = "nav.surveyTemplates", icon = "vaadin:clipboard-check")
@RolesAllowed("QUALITY_MANAGER")
public class SurveyTemplatesView extends Div implements HasDynamicTitle {

    private final transient Surveys surveys;
    private final Div editor = new Div();
    private TriggerType trigger = TriggerType.REQUEST_CLOSED;

    public SurveyTemplatesView(Surveys surveys) {
        this.surveys = surveys;
        addClassNames("portal-page", "portal-medium");
        setId("survey-templates-view");
        Paragraph lead = new Paragraph(getTranslation("templates.lead"));
        lead.addClassName("portal-lead");
        ViewChoice<TriggerType> tabs = new ViewChoice<>(getTranslation("dimension.TRIGGER"), type -> {
            trigger = type;
            render();
        });
        for (TriggerType type : TriggerType.values()) {
            tabs.add(type, getTranslation("surveyTrigger." + type.name()), "template-tab-" + type.name());
        }
        editor.setId("template-editor");
        add(new H1(getTranslation("templates.title")), lead, tabs, editor);
        render();
    }

    private void render() {
        editor.removeAll();
        TemplateView template = surveys.template(trigger);
        Paragraph version = new Paragraph(getTranslation(template.answered() ? "templates.version.answered"
                : "templates.version.open", template.versionNumber()));
        version.setId("template-version");
        version.addClassName("portal-hint");
        TextArea introAr = area("template-intro-ar", "templates.intro.ar", template.introAr());
        introAr.getElement().setAttribute("dir", "rtl");
        TextArea introEn = area("template-intro-en", "templates.intro.en", template.introEn());
        introEn.getElement().setAttribute("dir", "ltr");

        List<DimensionRow> rows = new ArrayList<>();
        Div dimensions = new Div();
        dimensions.setId("template-dimensions");
        template.dimensions().forEach(d -> addRow(rows, dimensions, d));
        Button add = new Button(getTranslation("templates.dimension.add"), PortalIcon.PLUS.create(),
                e -> addRow(rows, dimensions, new TemplateDimension("", "", "")));
        add.setId("template-add-dimension");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Paragraph fixed = new Paragraph(getTranslation("templates.fixed"));
        fixed.addClassName("portal-hint");
        Button save = new Button(getTranslation("templates.save"));
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("introAr", introAr, "introEn", introEn));
            for (int i = 0; i < rows.size(); i++) {
                fields.put("dimensions." + i, rows.get(i).code);
            }
            Panels.clearErrors(fields);
            try {
                TemplateView saved = surveys.saveTemplate(trigger, template.version(), new TemplateDraft(
                        introAr.getValue(), introEn.getValue(), rows.stream().map(DimensionRow::value).toList()));
                Panels.show(saved.versionNumber() > template.versionNumber() ? "templates.saved.newVersion"
                        : "templates.saved", NotificationVariant.LUMO_SUCCESS, saved.versionNumber());
                render();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), fields);
            } catch (TemplateChangedMeanwhile changed) {
                Panels.show("templates.changedMeanwhile", NotificationVariant.LUMO_ERROR);
            }
        });
        Section card = new Section(new H2(getTranslation("surveyTrigger." + trigger.name())), version, introAr,
                introEn, new H3(getTranslation("templates.dimensions")), dimensions, add, fixed, save, history());
        card.addClassName("portal-card");
        editor.add(card);
    }

    private Div history() {
        Div history = new Div(new H3(getTranslation("templates.history")));
        history.setId("template-history");
        for (TemplateView v : surveys.history(trigger)) {
            history.add(new Paragraph(getTranslation("templates.history.line", v.versionNumber(),
                    v.dimensions().size(), getTranslation(v.answered() ? "templates.history.answered"
                            : "templates.history.unanswered"))));
        }
        return history;
    }

    private TextArea area(String id, String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(1000);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        return area;
    }

    /** A dimension: its code (kept across versions, so figures stay comparable) and its labels. */
    private final class DimensionRow extends Div {
        final TextField code = new TextField(getTranslation("templates.dimension.code"));
        final TextField labelAr = new TextField(getTranslation("templates.dimension.ar"));
        final TextField labelEn = new TextField(getTranslation("templates.dimension.en"));

        DimensionRow(TemplateDimension dimension) {
            addClassName("portal-row");
            code.setValue(dimension.code() == null ? "" : dimension.code());
            code.setMaxLength(20);
            code.getElement().setAttribute("dir", "ltr");
            code.setHelperText(getTranslation("templates.dimension.code.help"));
            labelAr.setValue(dimension.labelAr() == null ? "" : dimension.labelAr());
            labelAr.setMaxLength(100);
            labelEn.setValue(dimension.labelEn() == null ? "" : dimension.labelEn());
            labelEn.setMaxLength(100);
            labelEn.getElement().setAttribute("dir", "ltr");
            FormLayout line = new FormLayout(code, labelAr, labelEn);
            line.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
            add(line);
        }

        TemplateDimension value() {
            return new TemplateDimension(code.getValue(), labelAr.getValue(), labelEn.getValue());
        }
    }

    private void addRow(List<DimensionRow> rows, Div container, TemplateDimension dimension) {
        DimensionRow row = new DimensionRow(dimension);
        int index = rows.size();
        row.setId("dimension-" + index);
        row.code.setId("dimension-" + index + "-code");
        row.labelAr.setId("dimension-" + index + "-ar");
        row.labelEn.setId("dimension-" + index + "-en");
        Button remove = new Button(PortalIcon.TRASH.create(), e -> {
            rows.remove(row);
            container.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("templates.dimension.remove"));
        row.add(remove);
        rows.add(row);
        container.add(row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title");
    }
}
