package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every UI string comes from {@code messages_ar.properties} and {@code messages_en.properties}
 * through Spring's {@link MessageSource}; mails use the same bundles.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    PortalI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ARABIC, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    /** Arabic unless the locale is English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : ARABIC;
    }
}
