package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import org.eshraqa.portal.requests.ui.StaffQueueView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What Vaadin's own parts say (connection lost, internal error, a multi-select's announcements) is
 * in the page's language.
 */
class VaadinPartsLanguageTest extends PortalBrowserlessTest {

    @Test
    @WithUserDetails(OFFICER)
    void theConnectionIndicatorAndTheMultiSelectSpeakArabicInAnArabicPage() {
        navigate(StaffQueueView.class);
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText()).contains("نحاول إعادة الاتصال");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp()).contains("تعذّر الاتصال");
        MultiSelectComboBox<?> states = $(MultiSelectComboBox.class).withId("filter-state").single();
        assertThat(states.getI18n().getSelected()).isEqualTo("أُضيف إلى الاختيار");
        assertThat(states.getI18n().getTotal()).contains("{count}").doesNotContain("items");
    }

    @Test
    @WithUserDetails(OFFICER)
    void vaadinsMessagesSpeakThePagesLanguageAndALostSessionReloadsWithoutABox() {
        navigate(StaffQueueView.class);
        for (var language : java.util.List.of(java.util.Map.entry("ar", "خطأ"), java.util.Map.entry("en", "went wrong"))) {
            SystemMessages messages = VaadinService.getCurrent()
                    .getSystemMessages(java.util.Locale.forLanguageTag(language.getKey()), null);
            assertThat(messages.getInternalErrorCaption()).as(language.getKey()).containsIgnoringCase(language.getValue());
            // One provider for the service: the translations did not bring the box back.
            assertThat(messages.isSessionExpiredNotificationEnabled()).as(language.getKey()).isFalse();
        }
    }
}
