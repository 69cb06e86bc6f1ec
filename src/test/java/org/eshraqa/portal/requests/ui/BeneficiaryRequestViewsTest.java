package org.eshraqa.portal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.eshraqa.portal.identity.ui.LoginView;
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
        navigate("requests", LoginView.class);
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.BENEFICIARY)
    void aBeneficiaryAppliesSignsGetsAReceiptFollowsAndWithdraws() {
        navigate(ServicesView.class);
        assertThat($(Anchor.class).withId("apply-MEDICATION").single().getHref()).isEqualTo("requests/new/MEDICATION");

        navigate("requests/new/MEDICATION", RequestFormView.class);
        test($(TextArea.class).withId("need").single()).setValue("أحتاج دعمًا لتكاليف الأدوية الموصوفة");
        assertThat($(Span.class).withId("draft-saved").single().getText()).isEqualTo("حُفظت المسودة.");

        // Unsigned declaration: refused with a message, the draft kept.
        test($(Button.class).withId("request-submit").single()).click();
        assertThat($(Paragraph.class).withId("request-form-error").single().getText()).contains("أكّد صحة جميع البيانات");

        // Reopening the form finds the saved draft.
        navigate("requests/new/MEDICATION", RequestFormView.class);
        assertThat($(TextArea.class).withId("need").single().getValue()).isEqualTo("أحتاج دعمًا لتكاليف الأدوية الموصوفة");
        test($(Checkbox.class).withId("declaration-correct").single()).click();
        test($(Checkbox.class).withId("declaration-responsible").single()).click();
        test($(TextField.class).withId("signature").single()).setValue("نورة عبدالله القحطاني");
        test($(Button.class).withId("request-submit").single()).click();

        Section receipt = $(Section.class).withId("receipt").single();
        assertThat($(Paragraph.class, receipt).withTextContaining("رقم الطلب: ESH-").all()).hasSize(1);
        assertThat($(Paragraph.class, receipt).withTextContaining("هـ").all()).isNotEmpty();
        String follow = $(Anchor.class).withId("receipt-follow").single().getHref();

        navigate(MyRequestsView.class);
        assertThat($(Anchor.class).withText("دعم الأدوية").all()).isNotEmpty();

        navigate(follow, RequestDetailView.class);
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("مُقدَّم، بانتظار التحقق");
        assertThat($(OrderedList.class).withId("timeline").single().getChildren().count()).isEqualTo(1);

        test($(Button.class).withId("withdraw").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("مسحوب");
        assertThat($(Button.class).withId("withdraw").all()).isEmpty();
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.BENEFICIARY)
    void someoneElsesRequestOrAForgedIdIsNotFound() {
        long officer = jdbc.queryForObject("select id from account where email = ?", Long.class, OFFICER);
        jdbc.update("""
                insert into support_request (beneficiary_account_id, service_code, channel, state, applicant_name,
                    created_at, version) values (?, 'AWARENESS', 'PHONE', 'SUBMITTED', 'شخص آخر', now(6), 0)""", officer);
        long theirs = jdbc.queryForObject("select max(id) from support_request where beneficiary_account_id = ?",
                Long.class, officer);

        navigate("requests/" + theirs, NotFoundView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("الصفحة غير موجودة");
        navigate("requests/987654321", NotFoundView.class);
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.OFFICER)
    void staffDoNotReachTheBeneficiaryPages() {
        navigate("requests", NotFoundView.class);
        navigate("requests/new/AWARENESS", NotFoundView.class);
    }
}
