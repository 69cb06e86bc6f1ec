package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** One button that offers the other language, labelled in that language. */
class LanguageSwitch extends Button {

    LanguageSwitch(UiLanguage language) {
        boolean arabic = "ar".equals(getLocale().getLanguage());
        setText(arabic ? "English" : "العربية");
        setIcon(PortalIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("language-switch");
        getElement().setAttribute("lang", arabic ? "en" : "ar");
        getElement().setAttribute("aria-label", getTranslation("nav.language.switch"));
        addClickListener(e -> language.switchTo(arabic ? PortalI18NProvider.ENGLISH : PortalI18NProvider.ARABIC));
    }
}
