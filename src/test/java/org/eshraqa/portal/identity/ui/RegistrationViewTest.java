package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegistrationViewTest extends PortalBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    private long accounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }

    private void fill(String name, String email, String mobile, String password, boolean consent) {
        test($(TextField.class).withId("fullName").single()).setValue(name);
        test($(EmailField.class).withId("email").single()).setValue(email);
        test($(TextField.class).withId("mobile").single()).setValue(mobile);
        test($(PasswordField.class).withId("password").single()).setValue(password);
        if (consent) {
            test($(Checkbox.class).withId("consent").single()).click();
        }
    }

    @Test
    void badInputIsShownOnEachFieldInArabicAndNothingIsSaved() {
        navigate(RegistrationView.class);
        long before = accounts();
        fill("س", "not-an-email", "0112345678", "short", false);
        test($(Button.class).withId("register-submit").single()).click();

        assertThat($(TextField.class).withId("fullName").single().getErrorMessage()).contains("اسمك الكامل");
        assertThat($(EmailField.class).withId("email").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withId("mobile").single().getErrorMessage()).contains("05");
        assertThat($(PasswordField.class).withId("password").single().getErrorMessage()).contains("10 أحرف");
        assertThat($(Checkbox.class).withId("consent").single().isInvalid()).isTrue();
        assertThat($(Paragraph.class).withId("registration-done").all()).isEmpty();
        assertThat(accounts()).isEqualTo(before);
        // Nothing typed is lost.
        assertThat($(EmailField.class).withId("email").single().getValue()).isEqualTo("not-an-email");
    }

    @Test
    void aDuplicateEmailIsRefusedOnTheEmailField() {
        navigate(RegistrationView.class);
        long before = accounts();
        fill("نورة القحطاني", BENEFICIARY.toUpperCase(), "0551234567", "a-good-password-1", true);
        test($(Button.class).withId("register-submit").single()).click();

        assertThat($(EmailField.class).withId("email").single().getErrorMessage()).contains("مسجّل من قبل");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aValidRegistrationCreatesAPendingAccountAndSaysWhereTheLinkWent() {
        navigate(RegistrationView.class);
        String email = "reg." + System.nanoTime() + "@example.org";
        fill("خالد عبدالعزيز", email, "+966 55 123 4567", "a-good-password-1", true);
        test($(Button.class).withId("register-submit").single()).click();

        assertThat($(Paragraph.class).withId("registration-done").single().getText()).contains(email);
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, email))
                .isEqualTo("PENDING_VERIFICATION");
        assertThat(jdbc.queryForObject("select mobile from account where email = ?", String.class, email))
                .isEqualTo("+966551234567");
    }
}
