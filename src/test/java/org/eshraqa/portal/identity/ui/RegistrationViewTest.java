package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.eshraqa.testsupport.TestInfrastructure;
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

    /** Registers through the page and returns all it then shows: its texts and which fields are invalid. */
    private String registerAndRead(String email) {
        navigate(PrivacyNoticeView.class); // a fresh form: navigating to the shown route keeps its view
        navigate(RegistrationView.class);
        fill("نورة القحطاني", email, "0551234567", "a-good-password-1", true);
        test($(Button.class).withId("register-submit").single()).click();
        StringBuilder page = new StringBuilder();
        $(Paragraph.class).all().stream().filter(p -> p.isVisible()).forEach(p -> page.append(p.getText()).append('|'));
        page.append("invalid:");
        $(TextField.class).all().stream().filter(f -> f.isInvalid()).forEach(f -> page.append(f.getId()));
        $(EmailField.class).all().stream().filter(f -> f.isInvalid()).forEach(f -> page.append(f.getId()));
        $(PasswordField.class).all().stream().filter(f -> f.isInvalid()).forEach(f -> page.append(f.getId()));
        return page.toString();
    }

    @Test
    void aTakenAddressGetsTheSamePageAsANewOneAndItsOwnerIsMailed() throws Exception {
        String owner = newAccount("صاحب الحساب", Role.BENEFICIARY);
        String fresh = "reg." + System.nanoTime() + "@example.org";
        long before = accounts();

        String taken = registerAndRead(owner.toUpperCase());
        String created = registerAndRead(fresh.toUpperCase());

        assertThat(taken).contains("أرسلنا رسالة").doesNotContain("مسجّل من قبل");
        assertThat(taken.replace(owner.toUpperCase(), "@")).isEqualTo(created.replace(fresh.toUpperCase(), "@"));
        assertThat(accounts()).isEqualTo(before + 1);
        assertThat(mailsTo(owner)).singleElement().satisfies(m ->
                assertThat(m.getSubject()).isEqualTo("حاول أحد التسجيل ببريدك في بوابة إشراقة"));
    }

    @Test
    void registeringOneAddressAgainAndAgainIsRefusedAlikeWhetherItIsTakenOrNot() {
        String owner = newAccount("صاحب الحساب", Role.BENEFICIARY);
        String fresh = "again." + System.nanoTime() + "@example.org";
        List<String> refusals = new ArrayList<>();
        for (String email : List.of(owner, fresh)) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(registerAndRead(attempt == 2 ? email.toUpperCase() : email)).as(email + " " + attempt)
                        .contains("أرسلنا رسالة");
            }
            String refused = registerAndRead(email);
            assertThat($(Paragraph.class).withId("registration-throttled").single().getText()).contains("انتظر");
            assertThat($(Paragraph.class).withId("registration-done").all()).isEmpty();
            refusals.add(refused.replaceAll("\\d+", "N"));
        }
        assertThat(refusals.get(0)).isEqualTo(refusals.get(1));
    }

    /** The mails that reached this address, once at least one has (20 s at most). */
    private static List<MimeMessage> mailsTo(String email) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                TestInfrastructure.get().mail.getReceivedMessages()).filter(m -> sentTo(m, email)).toList(),
                mails -> !mails.isEmpty());
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
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
