package org.eshraqa.portal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

class BeneficiaryRequestViewsTest extends PortalBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void aVisitorSeesTheCatalogueAndIsInvitedToRegister() {
        navigate(ServicesView.class);
        assertThat($(Section.class).withClassName("portal-card").all()).hasSize(5);
        assertThat($(Anchor.class).withText("أنشئ حسابًا لتقديم طلب").all()).hasSize(5);
        assertThat($(ListItem.class).withText("وصفة طبية").all()).hasSize(1);
        // Every card says who can apply.
        assertThat($(Paragraph.class).all().stream().filter(p -> p.getId().orElse("").startsWith("eligibility-")))
                .hasSize(5);
        assertThat($(Paragraph.class).withId("eligibility-FAMILY_COUNSELLING").single().getText())
                .startsWith("الأسر التي ترعى فردًا");
        assertSentToSignIn("requests");
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.BENEFICIARY)
    void aBeneficiaryFillsTheFormUploadsSignsGetsAReceiptWritesAndWithdraws() {
        navigate(ServicesView.class);
        assertThat($(Anchor.class).withId("apply-FAMILY_COUNSELLING").single().getHref())
                .isEqualTo("requests/new/FAMILY_COUNSELLING");

        navigate("requests/new/FAMILY_COUNSELLING", RequestFormView.class);
        // Prefilled from the account.
        assertThat($(TextField.class).withId("fullName").single().getValue()).isEqualTo("نورة عبدالله القحطاني");
        test($(TextField.class).withId("nationalId").single()).setValue("123");
        TextField nationalId = $(TextField.class).withId("nationalId").single();
        assertThat(nationalId.isInvalid()).isTrue();
        assertThat(nationalId.getErrorMessage()).contains("عشرة أرقام");
        assertThat($(Span.class).withId("draft-saved").single().getText()).startsWith("حُفظت المسودة");

        RequestFormFiller.fill(this, "نورة عبدالله القحطاني", "1000000008", "0512345678",
                "نحتاج إرشادًا أسريًا لدعم ابننا");
        assertThat(nationalId.isInvalid()).isFalse();

        // Submitting without documents or declaration names what is missing; nothing is lost.
        test($(Button.class).withId("request-submit").single()).click();
        assertThat($(Paragraph.class).withId("request-form-error").single().getText()).contains("يرجى تصحيح");
        assertThat($(Paragraph.class).withId("documents-family-record-error").single().getText())
                .isEqualTo("هذا المستند مطلوب.");

        // A file whose content is not what its name says is refused on the spot.
        test($(Upload.class).withId("documents-family-record-upload").single())
                .upload("family.pdf", "application/pdf", Samples.notAPdf());
        assertThat($(Paragraph.class).withId("documents-family-record-error").single().getText())
                .isEqualTo("تُقبل ملفات PDF أو JPEG أو PNG فقط.");
        test($(Upload.class).withId("documents-family-record-upload").single())
                .upload("family.pdf", "application/pdf", Samples.pdf());
        test($(Upload.class).withId("documents-national-id-copy-upload").single())
                .upload("id.png", "image/png", Samples.png());
        assertThat($(Anchor.class, $(UnorderedList.class).withId("documents-family-record-list").single())
                .withText("family.pdf").all()).hasSize(1);

        // Closing the browser loses nothing: the draft opens as it was left.
        navigate("requests/new/FAMILY_COUNSELLING", RequestFormView.class);
        assertThat($(TextField.class).withId("nationalId").single().getValue()).isEqualTo("1000000008");
        assertThat($(TextField.class).withId("city").single().getValue()).isEqualTo("الرياض");

        test($(Checkbox.class).withId("declaration-correct").single()).click();
        test($(Checkbox.class).withId("declaration-responsible").single()).click();
        test($(TextField.class).withId("signature").single()).setValue("سارة");
        test($(Button.class).withId("request-submit").single()).click();
        assertThat($(Paragraph.class).withId("request-form-error").single().getText()).contains("اكتب اسمك الكامل");
        test($(TextField.class).withId("signature").single()).setValue("نورة عبدالله القحطاني");
        test($(Button.class).withId("request-submit").single()).click();

        Section receipt = $(Section.class).withId("receipt").single();
        assertThat($(Paragraph.class, receipt).withTextContaining("رقم الطلب: ESH-").all()).hasSize(1);
        assertThat($(Paragraph.class, receipt).withTextContaining("هـ").all()).isNotEmpty();
        String follow = $(Anchor.class).withId("receipt-follow").single().getHref();

        navigate(MyRequestsView.class);
        assertThat($(Anchor.class).withText("الإرشاد الأسري").all()).isNotEmpty();

        navigate(follow, RequestDetailView.class);
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("مُقدَّم، بانتظار التحقق");
        assertThat($(OrderedList.class).withId("timeline").single().getChildren().count()).isEqualTo(1);
        assertThat($(Paragraph.class).withId("days-left").single().getText()).contains("14");

        test($(MessageInput.class).withId("message-input").single()).send("<b>سؤال</b> عن موعد الجلسة");
        assertThat($(MessageList.class).withId("message-list").single().getItems())
                .singleElement().satisfies(item -> assertThat(item.getText()).isEqualTo("<b>سؤال</b> عن موعد الجلسة"));

        test($(Button.class).withId("withdraw").single()).click();
        test($(Button.class).withId("withdraw-confirm-ok").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("مسحوب");
        assertThat($(Button.class).withId("withdraw").all()).isEmpty();
        assertThat($(MessageInput.class).all()).as("no writing on a closed request").isEmpty();
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.BENEFICIARY)
    void theClaimFormIsMadeWhenItsBoxIsFirstOpenedAndChecksTheNumber() {
        navigate(MyRequestsView.class);
        assertThat($(TextField.class).withId("claim-national-id").all()).as("not made before it is asked for").isEmpty();
        Details box = $(Details.class).withId("claim").single();
        box.setOpened(true);
        box.setOpened(false);
        box.setOpened(true);
        assertThat(box.getContent().filter(TextField.class::isInstance)).as("made once").hasSize(2);
        TextField nationalId = $(TextField.class).withId("claim-national-id").single();
        test(nationalId).setValue("123");
        test($(Button.class).withId("claim-submit").single()).click();
        assertThat(nationalId.isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.BENEFICIARY)
    void someoneElsesRequestOrAForgedIdIsNotFound() {
        long officer = accountId(OFFICER);
        jdbc.update("""
                insert into support_request (beneficiary_account_id, service_code, channel, state, applicant_name,
                    created_at, version) values (?, 'AWARENESS', 'PHONE', 'SUBMITTED', 'شخص آخر', now(6), 0)""", officer);
        long theirs = jdbc.queryForObject("select max(id) from support_request where beneficiary_account_id = ?",
                Long.class, officer);

        navigate("requests/" + theirs, NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("الصفحة غير موجودة");
        navigate("requests/987654321", NotFoundView.class);
        navigate("requests/abc", NotFoundView.class);
        // Staff pages are not there for a beneficiary, by any id.
        navigate("staff/requests", NotFoundView.class);
        navigate("staff/requests/" + theirs, NotFoundView.class);
        navigate("staff/requests/record", NotFoundView.class);
        navigate("staff/requests/" + theirs + "/edit", NotFoundView.class);
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.OFFICER)
    void staffDoNotReachTheBeneficiaryPages() {
        navigate("requests", NotFoundView.class);
        navigate("requests/new/AWARENESS", NotFoundView.class);
    }
}
