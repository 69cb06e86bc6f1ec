package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/**
 * One button that offers the other language, labelled in that language. Its accessible name starts
 * with the text it shows ("English", in English) and goes on, for screen readers only, in the page's
 * language ("التبديل إلى اللغة الإنجليزية"): each part is read in its own language.
 */
class LanguageSwitch extends Button {

    LanguageSwitch(UiLanguage language) {
        boolean arabic = "ar".equals(getLocale().getLanguage());
        setText(arabic ? "English" : "العربية");
        getElement().setAttribute("lang", arabic ? "en" : "ar");
        setIcon(PortalIcon.GLOBE.create());
        Span purpose = new Span(" " + getTranslation("nav.language.switch"));
        purpose.addClassName("portal-sr-only");
        purpose.getElement().setAttribute("lang", getLocale().getLanguage());
        getElement().appendChild(purpose.getElement());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        addClickListener(e -> language.switchTo(arabic ? PortalI18NProvider.ENGLISH : PortalI18NProvider.ARABIC));
    }
}
