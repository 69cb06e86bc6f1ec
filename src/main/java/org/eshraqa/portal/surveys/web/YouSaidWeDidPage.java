package org.eshraqa.portal.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.web.PublicPages;
import org.eshraqa.portal.surveys.ImprovementActions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "You said, we did" (P-7.2, P-7.5): what the association changed because of people's ratings,
 * for everyone to read, so that rating is seen to matter. Dates in Hijri and Gregorian.
 */
@Controller
class YouSaidWeDidPage {

    private final ImprovementActions actions;
    private final PublicPages pages;
    private final MessageSource messages;

    YouSaidWeDidPage(ImprovementActions actions, PublicPages pages, MessageSource messages) {
        this.actions = actions;
        this.pages = pages;
        this.messages = messages;
    }

    record Action(long id, String title, String said, String did, String published) {
    }

    @GetMapping("/you-said-we-did")
    String page(HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, messages.getMessage("youSaid.title", null, locale),
                messages.getMessage("youSaid.lead", null, locale));
        List<Action> published = actions.published().stream().map(a -> new Action(a.id(), a.title(locale),
                a.said(locale), a.did(locale), messages.getMessage("youSaid.publishedOn",
                        new Object[] {PortalDates.both(a.publishedAt(), locale)}, locale))).toList();
        model.addAttribute("actions", published);
        return "surveys/you-said-we-did";
    }
}
