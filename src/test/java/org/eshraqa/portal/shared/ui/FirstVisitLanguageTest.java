package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A first visit is in the browser's language when the portal speaks it (Arabic otherwise), and
 * Vaadin's own messages speak the page's language. (A language chosen once, kept in the
 * {@code portal-lang} cookie or the account, is read before the browser's: {@code UiLanguage.resolve}.)
 */
class FirstVisitLanguageTest {

    private static Locale firstVisit(String acceptLanguage) {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/");
        if (acceptLanguage != null) {
            http.addHeader("Accept-Language", acceptLanguage);
        }
        return UiLanguage.fromBrowser(new VaadinServletRequest(http, null));
    }

    @Test
    void theBrowsersLanguageIsHonouredOnAFirstVisitAndArabicWhenNothingFits() {
        assertThat(firstVisit("en-US,en;q=0.9")).isEqualTo(PortalI18NProvider.ENGLISH);
        assertThat(firstVisit("fr-FR,en;q=0.5,ar;q=0.8")).isEqualTo(PortalI18NProvider.ARABIC);
        assertThat(firstVisit("fr-FR,en-GB;q=0.5")).isEqualTo(PortalI18NProvider.ENGLISH);
        assertThat(firstVisit("fr-FR,de;q=0.8")).isEqualTo(PortalI18NProvider.ARABIC);
        assertThat(firstVisit("ar-SA")).isEqualTo(PortalI18NProvider.ARABIC);
        assertThat(firstVisit(null)).as("a browser that says nothing").isEqualTo(PortalI18NProvider.ARABIC);
    }

    @Test
    void vaadinsOwnMessagesAreInThePagesLanguage() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        UiLanguage language = new UiLanguage(null, new PortalI18NProvider(bundles));
        var arabic = language.systemMessages(Locale.forLanguageTag("ar"));
        assertThat(arabic.getInternalErrorCaption()).isEqualTo("حدث خطأ غير متوقع");
        assertThat(arabic.getInternalErrorMessage()).contains("نعتذر");
        assertThat(arabic.getCookiesDisabledCaption()).contains("ملفات تعريف الارتباط");
        assertThat(language.systemMessages(Locale.ENGLISH).getInternalErrorCaption()).isEqualTo("Something went wrong");
        assertThat(language.systemMessages(Locale.FRENCH).getInternalErrorCaption()).isEqualTo("حدث خطأ غير متوقع");
        // No session-expired box in any language: a lost node's page reloads at once (RestoredSignIn).
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
            assertThat(language.systemMessages(locale).isSessionExpiredNotificationEnabled()).isFalse();
            assertThat(language.systemMessages(locale).getSessionExpiredCaption()).isNull();
        }
    }
}
