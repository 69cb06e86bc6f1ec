package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.ArrayList;
import java.util.List;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VerifyEmailViewTest extends PortalBrowserlessTest {

    @Autowired Accounts accounts;

    private String resend(String email) {
        test($(EmailField.class).withId("resend-email").single()).setValue(email);
        test($(Button.class).withId("resend-submit").single()).click();
        return $(Paragraph.class).withId("resend-done").single().getText();
    }

    @Test
    void newLinksAreLimitedAndRefusedAlikeForAPendingAndAnUnknownAddress() {
        String pending = "pending." + System.nanoTime() + "@example.org";
        accounts.register(new Registration("هند سعد", pending, "0551234567", "a-good-password-1", true, "ar"));
        String unknown = "unknown." + System.nanoTime() + "@example.org";
        List<String> refusals = new ArrayList<>();
        for (String email : List.of(pending, unknown)) {
            navigate(VerifyEmailView.class);
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(resend(attempt == 2 ? email.toUpperCase() : email)).contains("أرسلنا إليه رابطًا جديدًا");
            }
            String refused = resend(" " + email);
            assertThat(refused).contains("انتظر");
            refusals.add(refused.replaceAll("\\d+", "N"));
        }
        assertThat(refusals.get(0)).isEqualTo(refusals.get(1));
    }
}
