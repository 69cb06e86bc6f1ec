package org.eshraqa.portal.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.shared.ui.UiLanguage;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.SurveyClosed;
import org.eshraqa.portal.surveys.SurveyPage;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.surveys.TemplateDimension;
import org.eshraqa.portal.surveys.TemplateView;

/**
 * The survey a single-use link opens, without signing in: overall satisfaction, each dimension,
 * effort, recommendation, a comment and "you may contact me". Short, on one page, usable on a
 * phone and by keyboard (every question is a radio group). A used, expired or forged link says so.
 */
@Route("survey/:token")
@AnonymousAllowed
public class SurveyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Surveys surveys;
    private final transient UiLanguage language;
    private String token;

    public SurveyView(Surveys surveys, UiLanguage language) {
        this.surveys = surveys;
        this.language = language;
        addClassNames("portal-page", "portal-narrow");
        setId("survey-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        SurveyPage page = surveys.open(token);
        if (page.state() == SurveyPage.State.OPEN && language.suggest(Locale.forLanguageTag(page.language()))) {
            return;
        }
        removeAll();
        if (page.state() != SurveyPage.State.OPEN) {
            closed(page.state());
            return;
        }
        form(page.template());
    }

    private void closed(SurveyPage.State state) {
        H1 title = new H1(getTranslation("survey.closed.title." + state.name()));
        Paragraph text = new Paragraph(getTranslation("survey.closed.text." + state.name()));
        text.setId("survey-closed");
        text.getElement().setAttribute("data-state", state.name());
        add(title, text, new Paragraph(new Anchor("", getTranslation("error.backHome"))));
    }

    private void form(TemplateView template) {
        Locale locale = getLocale();
        Paragraph intro = new Paragraph(template.intro(locale));
        intro.addClassName("portal-lead");
        Paragraph right = new Paragraph(getTranslation("survey.right"));
        right.addClassName("portal-hint");
        add(new H1(getTranslation("survey.title")), intro, right);

        RadioButtonGroup<Integer> csat = scale("survey-csat", getTranslation("survey.csat"), 1, 5, "survey.csat.");
        csat.setRequiredIndicatorVisible(true);
        Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
        Div dimensions = new Div();
        for (TemplateDimension dimension : template.dimensions()) {
            RadioButtonGroup<Integer> rating = scale("survey-rating-" + dimension.code(), dimension.label(locale), 1, 5,
                    "survey.rating.");
            ratings.put(dimension.code(), rating);
            dimensions.add(rating);
        }
        RadioButtonGroup<Integer> ces = scale("survey-ces", getTranslation("survey.ces"), 1, 7, null);
        ces.setHelperText(getTranslation("survey.ces.help"));
        RadioButtonGroup<Integer> nps = scale("survey-nps", getTranslation("survey.nps"), 0, 10, null);
        nps.setHelperText(getTranslation("survey.nps.help"));
        TextArea comment = new TextArea(getTranslation("survey.comment"));
        comment.setId("survey-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setHelperText(getTranslation("survey.comment.help"));
        Checkbox contact = new Checkbox(getTranslation("survey.mayContact"));
        contact.setId("survey-contact");
        Paragraph contactHint = new Paragraph(getTranslation("survey.mayContact.help"));
        contactHint.addClassName("portal-hint");

        Paragraph error = new Paragraph();
        error.setId("survey-error");
        error.addClassName("portal-error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button send = new Button(getTranslation("survey.send"));
        send.setId("survey-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            error.setVisible(false);
            Map<String, Integer> given = new LinkedHashMap<>();
            ratings.forEach((code, group) -> {
                if (group.getValue() != null) {
                    given.put(code, group.getValue());
                }
            });
            try {
                surveys.answer(token, template.id(), new SurveyAnswers(csat.getValue(), given, ces.getValue(),
                        nps.getValue(), comment.getValue(), contact.getValue()));
                thanks();
            } catch (InvalidInputException invalid) {
                Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("csat", csat, "ces", ces, "nps", nps,
                        "comment", comment));
                ratings.forEach((code, group) -> fields.put("rating." + code, group));
                HasValidation first = Panels.showErrors(invalid.fieldErrors(), fields);
                error.setText(getTranslation("survey.fix"));
                error.setVisible(true);
                if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
                send.setEnabled(true);
            } catch (SurveyClosed closed) {
                removeAll();
                closed(closed.state());
            }
        });

        add(question("survey.section.overall", csat), question("survey.section.dimensions", dimensions),
                question("survey.section.effort", ces, nps), question("survey.section.comment", comment, contact,
                        contactHint), error, send);
    }

    private Section question(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("portal-card");
        section.addClassName("portal-survey-part");
        return section;
    }

    /** A row of choices from {@code from} to {@code to}; labelled in words where {@code labels} names them. */
    private RadioButtonGroup<Integer> scale(String id, String label, int from, int to, String labels) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setId(id);
        List<Integer> values = IntStream.rangeClosed(from, to).boxed().toList();
        group.setItems(values);
        group.setItemLabelGenerator(v -> labels == null ? String.valueOf(v)
                : v + " — " + getTranslation(labels + v));
        if (labels != null) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        group.addClassName("portal-scale");
        return group;
    }

    private void thanks() {
        removeAll();
        H1 title = new H1(getTranslation("survey.thanks.title"));
        Paragraph text = new Paragraph(getTranslation("survey.thanks.text"));
        text.setId("survey-thanks");
        add(title, text, new Paragraph(new Anchor("you-said-we-did", getTranslation("survey.thanks.link"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title");
    }
}
