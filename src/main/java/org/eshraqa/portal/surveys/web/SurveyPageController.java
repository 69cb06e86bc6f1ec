package org.eshraqa.portal.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.web.PublicPages;
import org.eshraqa.portal.surveys.SurveyAnswers;
import org.eshraqa.portal.surveys.SurveyClosed;
import org.eshraqa.portal.surveys.SurveyPage;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.surveys.TemplateDimension;
import org.eshraqa.portal.surveys.TemplateView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The survey a single-use link opens, without signing in, as a plain HTML form: overall
 * satisfaction, each dimension, effort, recommendation, a comment and "you may contact me". Works
 * without JavaScript (radio buttons drawn as rating scales, a POST with a CSRF token), creates no
 * HTTP session, and is never indexed. A used, expired or forged link says so; the rules (one
 * answer per link, expiry, the checks of every answer) are {@link Surveys}'.
 */
@Controller
class SurveyPageController {

    private final Surveys surveys;
    private final PublicPages pages;
    private final MessageSource messages;

    SurveyPageController(Surveys surveys, PublicPages pages, MessageSource messages) {
        this.surveys = surveys;
        this.pages = pages;
        this.messages = messages;
    }

    /** One rating scale: its field name, question, the scores it offers and what was chosen. */
    record Scale(String name, String id, String legend, String help, int from, int to, String wordsKey,
                 String lowEnd, String highEnd, Integer chosen, String error) {

        public List<Integer> scores() {
            List<Integer> scores = new ArrayList<>();
            for (int i = from; i <= to; i++) {
                scores.add(i);
            }
            return scores;
        }

        public String sizeClass() {
            int count = to - from + 1;
            return count > 7 ? "scale scale-11" : count > 5 ? "scale scale-7" : "scale";
        }
    }

    @GetMapping("/survey/{token}")
    String open(@PathVariable String token, @RequestParam(required = false) String thanks,
                HttpServletRequest request, Model model) {
        PublicPages.noindex(model);
        SurveyPage page = surveys.open(token);
        if (page.state() == SurveyPage.State.ANSWERED && thanks != null) {
            Locale locale = pages.locale(request);
            PublicPages.describe(model, text("survey.thanks.title", locale), null);
            return "surveys/thanks";
        }
        if (page.state() != SurveyPage.State.OPEN) {
            return closed(page.state(), request, model);
        }
        Locale locale = pages.suggest(request, model, Locale.forLanguageTag(page.language()));
        return form(token, page.template(), Map.of(), new LinkedHashMap<>(), locale, model);
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicPages.noindex(model);
        SurveyPage page = surveys.open(token);
        if (page.state() != SurveyPage.State.OPEN) {
            return closed(page.state(), request, model);
        }
        Locale locale = pages.suggest(request, model, Locale.forLanguageTag(page.language()));
        TemplateView template = page.template();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (TemplateDimension dimension : template.dimensions()) {
            Integer rating = score(form.getFirst("rating." + dimension.code()));
            if (rating != null) {
                ratings.put(dimension.code(), rating);
            }
        }
        SurveyAnswers answers = new SurveyAnswers(score(form.getFirst("csat")), ratings, score(form.getFirst("ces")),
                score(form.getFirst("nps")), form.getFirst("comment"), "yes".equals(form.getFirst("mayContact")));
        try {
            surveys.answer(token, template.id(), answers);
        } catch (InvalidInputException invalid) {
            model.addAttribute("comment", answers.comment());
            model.addAttribute("mayContact", answers.mayContact());
            Map<String, Integer> chosen = new LinkedHashMap<>(ratings);
            putIfSet(chosen, "csat", answers.csat());
            putIfSet(chosen, "ces", answers.ces());
            putIfSet(chosen, "nps", answers.nps());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(token, template, invalid.fieldErrors(), chosen, locale, model);
        } catch (SurveyClosed closed) {
            return closed(closed.state(), request, model);
        }
        return "redirect:/survey/" + token + "?thanks";
    }

    private String closed(SurveyPage.State state, HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        model.addAttribute("state", state.name());
        PublicPages.describe(model, text("survey.closed.title." + state.name(), locale), null);
        return "surveys/closed";
    }

    private String form(String token, TemplateView template, Map<String, String> errors, Map<String, Integer> chosen,
                        Locale locale, Model model) {
        List<Scale> dimensions = new ArrayList<>();
        for (TemplateDimension dimension : template.dimensions()) {
            String name = "rating." + dimension.code();
            dimensions.add(new Scale(name, "survey-rating-" + dimension.code(), dimension.label(locale), null, 1, 5,
                    "survey.rating.", null, null, chosen.get(dimension.code()), message(errors.get(name), locale)));
        }
        model.addAttribute("token", token);
        model.addAttribute("intro", template.intro(locale));
        model.addAttribute("csat", new Scale("csat", "survey-csat", text("survey.csat", locale), null, 1, 5,
                "survey.csat.", null, null, chosen.get("csat"), message(errors.get("csat"), locale)));
        model.addAttribute("dimensions", dimensions);
        model.addAttribute("ces", new Scale("ces", "survey-ces", text("survey.ces", locale),
                text("survey.ces.help", locale), 1, 7, null, text("survey.ces.low", locale),
                text("survey.ces.high", locale), chosen.get("ces"), message(errors.get("ces"), locale)));
        model.addAttribute("nps", new Scale("nps", "survey-nps", text("survey.nps", locale),
                text("survey.nps.help", locale), 0, 10, null, text("survey.nps.low", locale),
                text("survey.nps.high", locale), chosen.get("nps"), message(errors.get("nps"), locale)));
        model.addAttribute("commentError", message(errors.get("comment"), locale));
        model.addAttribute("invalid", !errors.isEmpty());
        PublicPages.describe(model, text("survey.title", locale), null);
        return "surveys/survey";
    }

    private String message(String key, Locale locale) {
        return key == null ? null : text(key, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void putIfSet(Map<String, Integer> map, String key, Integer value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** A score as sent; anything that is not a small number becomes -1, which the service refuses. */
    private static Integer score(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
