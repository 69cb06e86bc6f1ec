package org.eshraqa.portal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.requests.ClaimFixture;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.eshraqa.testsupport.RecordingSms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The claim box of "My requests" in both languages, and the officer's confirm and undo (P-8). */
class ClaimViewsTest extends PortalBrowserlessTest {

    @Autowired SupportRequests requests;
    @Autowired Accounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired RecordingSms sms;

    private static final String NATIONAL_ID_INVALID = "أدخل رقم هوية وطنية أو إقامة صحيحًا: عشرة أرقام تبدأ بـ 1 أو 2.";

    private ClaimFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClaimFixture(requests, accounts, jdbc, users, sms);
    }

    private void startClaim(String nationalId, String mobile) {
        navigate(MyRequestsView.class);
        $(Details.class).withId("claim").single().setOpened(true);
        test($(TextField.class).withId("claim-national-id").single()).setValue(nationalId);
        test($(TextField.class).withId("claim-mobile").single()).setValue(mobile);
        test($(Button.class).withId("claim-submit").single()).click();
    }

    private String enterCode(String code) {
        TextField field = $(TextField.class).withId("claim-code").single();
        test(field).setValue(code);
        test($(Button.class).withId("claim-code-submit").single()).click();
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    @Test
    void inArabicACodeGoesToTheRecordedMobileAndOnlyTheRightOneLinks() {
        var request = fixture.recordFor("أمل يوسف الزهراني");
        signInAs(fixture.register("أمل يوسف الزهراني", ClaimFixture.newMobile(), "ar"));
        startClaim("123", "0500");
        assertThat($(TextField.class).withId("claim-national-id").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withId("claim-national-id").single().getErrorMessage())
                .isEqualTo(NATIONAL_ID_INVALID);
        assertThat($(TextField.class).withId("claim-mobile").single().getErrorMessage())
                .startsWith("اكتب رقم جوال سعوديًا صحيحًا");

        startClaim(request.nationalId(), request.localMobile());
        assertThat($(Paragraph.class).withId("claim-sent").single().getText()).isEqualTo(
                "إذا طابقت هذه البيانات طلبًا سجلناه لك، فقد أرسلنا رمزًا برسالة نصية إلى رقم الجوال المسجل فيه."
                        + " يصلح الرمز مدة 10 دقائق.");
        assertThat($(TextField.class).withId("claim-code").single().getHelperText())
                .isEqualTo("ستة أرقام. لا تعطِ هذا الرمز لأحد، ولا حتى لموظفينا.");
        String code = fixture.lastCodeTo(request.mobile());
        assertThat(fixture.smsTo(request.mobile())).singleElement().satisfies(s -> assertThat(s.text())
                .startsWith("إشراقة: رمز ربط طلبك بحساب في البوابة هو " + code)
                .contains("Eshraqa: your code to link your request to a portal account is " + code));

        assertThat(enterCode("12")).isEqualTo("أدخل أرقام الرمز الستة.");
        assertThat(enterCode(ClaimFixture.otherThan(code))).startsWith("الرمز غير صحيح أو انتهت مدته");
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("requests/" + request.id()));
        assertThat(enterCode(code)).isNull();
        assertThat($(Section.class).withClassName("portal-card").all()).isNotEmpty();
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getHref().equals("requests/" + request.id()));
    }

    @Test
    void inEnglishTheAnswerIsTheSameForNoMatchAndTheClaimantCanAskAnOfficerWhoConfirmsAndUndoes() {
        var request = fixture.recordFor("هدى صالح");
        String claimant = fixture.register("هدى صالح", ClaimFixture.newMobile(), "en");
        signInAs(claimant);
        String sent = "If these details match a request we recorded for you, we have sent a code by SMS to the"
                + " mobile number recorded on it. It works for 10 minutes.";
        String otherMobile = ClaimFixture.newMobile();
        startClaim(request.nationalId(), otherMobile);
        assertThat($(Paragraph.class).withId("claim-sent").single().getText()).isEqualTo(sent);
        assertThat(fixture.smsTo(otherMobile)).isEmpty();

        startClaim(request.nationalId(), request.mobile());
        assertThat($(Paragraph.class).withId("claim-sent").single().getText()).isEqualTo(sent);
        assertThat(fixture.smsTo(request.mobile())).hasSize(1);
        test($(Button.class).withId("claim-ask-officer").single()).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat($(Paragraph.class).withId("claim-asked").single().getText()).isEqualTo(
                "If these details match a request we recorded for you, a relations officer will contact you to"
                        + " confirm before linking it.");

        signInAs(OFFICER);
        navigate("staff/requests/" + request.id(), CaseView.class);
        Section card = $(Section.class).withId("claims-card").single();
        assertThat(card.getElement().getTextRecursively()).contains(claimant).contains(request.mobile())
                .contains("هدى صالح");
        Button confirmClaim = $(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("confirm-claim-")).findFirst().orElseThrow();
        test(confirmClaim).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Section.class).withId("claims-card").all()).isEmpty();
        assertThat($(Paragraph.class).withId("case-unclaimed").all()).isEmpty();

        test($(Button.class).withId("undo-claim").single()).click();
        test($(Button.class).withId("undo-claim-confirm").single()).click();
        TextArea reason = $(TextArea.class).withId("undo-claim-reason").single();
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        test(reason).setValue("The person called: this account is not hers");
        test($(Button.class).withId("undo-claim-confirm").single()).click();
        assertThat($(Paragraph.class).withId("case-unclaimed").all()).hasSize(1);
        assertThat($(Button.class).withId("undo-claim").all()).isEmpty();

        signInAs(claimant);
        navigate(MyRequestsView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("requests/" + request.id()));
    }
}
