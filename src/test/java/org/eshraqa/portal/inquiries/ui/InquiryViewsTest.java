package org.eshraqa.portal.inquiries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.eshraqa.portal.inquiries.ContactRow;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.InquiryQueueRow;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Questions, the inquiry queue, the contact log and canned answers, driven as each role does. */
class InquiryViewsTest extends PortalBrowserlessTest {

    static final String VOLUNTEER = "volunteer@demo.eshraqa.org.sa";

    @Autowired JdbcTemplate jdbc;
    @Autowired Inquiries inquiries;
    @Autowired Contacts contacts;
    @Autowired UserDetailsService users;

    /** Runs one call as someone else, then restores the test's own sign-in. */
    private <T> T as(String email, Supplier<T> call) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiaryAsksAQuestionAndNothingTypedIsLostOnError() {
        navigate(MyInquiriesView.class);
        test($(Anchor.class).withId("ask-question").single()).click();
        assertThat(getCurrentView()).isInstanceOf(AskQuestionView.class);
        int before = jdbc.queryForObject("select count(*) from inquiry", Integer.class);

        test($(TextArea.class).withId("question-body").single()).setValue("هل الاستشارة عن بعد متاحة؟");
        test($(Button.class).withId("send-question").single()).click();
        TextField subject = $(TextField.class).withId("question-subject").single();
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("هذا الحقل مطلوب.");
        assertThat($(TextArea.class).withId("question-body").single().getValue()).isEqualTo("هل الاستشارة عن بعد متاحة؟");
        assertThat(jdbc.queryForObject("select count(*) from inquiry", Integer.class)).isEqualTo(before);

        test(subject).setValue("استشارة عن بعد");
        test($(Button.class).withId("send-question").single()).click();
        assertThat(getCurrentView()).isInstanceOf(InquiryView.class);
        assertThat($(H1.class).withId("inquiry-subject").single().getText()).isEqualTo("استشارة عن بعد");
        assertThat($(Span.class).withId("inquiry-state").single().getText()).isEqualTo("أُرسل، بانتظار الرد");
        assertThat($(Button.class).withId("mark-answered").all()).as("nothing answered yet").isEmpty();

        navigate(MyInquiriesView.class);
        @SuppressWarnings("unchecked")
        Grid<org.eshraqa.portal.inquiries.InquirySummary> grid = $(Grid.class).withId("inquiries-grid").single();
        assertThat(grid.getGenericDataView().getItems().map(i -> i.subject())).contains("استشارة عن بعد");
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void anotherPersonsQuestionAForgedIdAndStaffPagesAreNotFound() {
        long theirs = as(VOLUNTEER, () -> inquiries.ask(new NewQuestion("سؤال متطوع", "لا يراه غيري", null)));
        navigate("inquiries/" + theirs, NotFoundView.class);
        navigate("inquiries/abc", NotFoundView.class);
        navigate("inquiries/99999999", NotFoundView.class);
        navigate("staff/inquiries", NotFoundView.class);
        navigate("staff/inquiries/" + theirs, NotFoundView.class);
        navigate("staff/contacts", NotFoundView.class);
        navigate("admin/answers", NotFoundView.class);
    }

    @Test
    @WithUserDetails(OFFICER)
    void anOfficerAnswersWithACannedAnswerAndTheAskerSeesIt() {
        long id = as(BENEFICIARY, () -> inquiries.ask(new NewQuestion("متى يصدر القرار؟", "قدمت طلبي أمس", null)));
        navigate(InquiryQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<InquiryQueueRow> grid = $(Grid.class).withId("inquiry-grid").single();
        assertThat(grid.getGenericDataView().getItems().map(InquiryQueueRow::id)).contains(id);

        navigate("staff/inquiries/" + id, InquiryCaseView.class);
        assertThat($(Span.class).withId("inquiry-state").single().getText()).isEqualTo("جديد");
        TextArea answer = $(TextArea.class).withId("answer-text").single();
        test($(Button.class).withId("send-answer").single()).click();
        assertThat(answer.isInvalid()).isTrue();
        test($(ComboBox.class).withId("canned-answer").single()).selectItem("مدة البت في الطلب");
        assertThat(answer.getValue()).startsWith("شكرًا لتواصلك معنا").contains("لجنة البحث");
        test(answer).setValue(answer.getValue() + "\nنتمنى لك العافية.");
        test($(Button.class).withId("send-answer").single()).click();
        assertThat($(Span.class).withId("inquiry-state").single().getText()).isEqualTo("بانتظار السائل");
        assertThat(jdbc.queryForObject("select count(*) from inquiry_message where inquiry_id = ? and from_staff",
                Integer.class, id)).isEqualTo(1);

        test($(ComboBox.class).withId("researcher").single()).selectItem("د. هند سعد الدوسري");
        test($(TextArea.class).withId("refer-note").single()).setValue("يحتاج شرح الإجراءات");
        test($(Button.class).withId("refer").single()).click();
        assertThat($(Paragraph.class).withText("يحتاج شرح الإجراءات").all()).hasSize(1);

        test($(Button.class).withId("close-inquiry").single()).click();
        test($(Button.class).withId("close-inquiry-confirm-ok").single()).click();
        assertThat($(Span.class).withId("inquiry-state").single().getText()).isEqualTo("مغلق");
        assertThat($(TextArea.class).withId("answer-text").all()).as("no answering a closed question").isEmpty();

        var thread = as(BENEFICIARY, () -> inquiries.findMine(id).orElseThrow());
        assertThat(thread.messages().getLast().body()).endsWith("نتمنى لك العافية.");
    }

    @Test
    @WithUserDetails(OFFICER)
    void anOfficerLogsAPhoneCallWithAFollowUpAndMarksItDone() {
        navigate(LogContactView.class);
        test($(Button.class).withId("save-contact").single()).click();
        assertThat($(ComboBox.class).withId("contact-channel").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withId("contact-name").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withId("contact-topic").single().isInvalid()).isTrue();

        test($(ComboBox.class).withId("contact-channel").single()).selectItem("الاتصالات الهاتفية");
        test($(TextField.class).withId("contact-name").single()).setValue("منيرة سالم الحربي");
        test($(TextField.class).withId("contact-mobile").single()).setValue("05123");
        test($(TextField.class).withId("contact-topic").single()).setValue("سألت عن مواعيد الاستشارة");
        test($(TextArea.class).withId("contact-outcome").single()).setValue("أعطيتها المواعيد ووعدتها باتصال");
        test($(DatePicker.class).withId("contact-follow-up").single()).setValue(contacts.today());
        test($(Button.class).withId("save-contact").single()).click();
        TextField mobile = $(TextField.class).withId("contact-mobile").single();
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).startsWith("اكتب رقم جوال سعوديًا");
        assertThat($(TextField.class).withId("contact-name").single().getValue()).isEqualTo("منيرة سالم الحربي");
        test(mobile).setValue("0551239876");
        test($(Button.class).withId("save-contact").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContactLogView.class);

        navigate(InquiryQueueView.class);
        test($(Anchor.class).withId("follow-ups-due").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContactLogView.class);
        assertThat($(Checkbox.class).withId("filter-due").single().getValue()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ContactRow> grid = $(Grid.class).withId("contacts-grid").single();
        var rows = grid.getGenericDataView().getItems().toList();
        int index = rows.indexOf(rows.stream().filter(c -> c.personName().equals("منيرة سالم الحربي"))
                .findFirst().orElseThrow());
        ContactRow row = rows.get(index);
        assertThat(row.personMobile()).isEqualTo("+966551239876");
        var followUp = (com.vaadin.flow.component.html.Div) test(grid).getCellComponent(index, 5);
        test((Button) followUp.getComponentAt(1)).click();
        test($(TextArea.class).withId("follow-up-note").single()).setValue("اتصلت بها وأكدت الموعد");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(grid.getGenericDataView().getItems().map(ContactRow::id)).doesNotContain(row.id());
    }

    @Test
    @WithUserDetails(OFFICER)
    void aContactWithAnAccountHolderOpensAQuestionInTheirAccount() {
        navigate(LogContactView.class);
        test($(ComboBox.class).withId("contact-channel").single()).selectItem("وسائل التواصل الاجتماعي");
        test($(RadioButtonGroup.class).withId("contact-who").single()).selectItem("له حساب في البوابة");
        test($(TextField.class).withId("contact-account").single()).setValue(BENEFICIARY);
        assertThat($(Paragraph.class).withId("contact-match").single().getText()).contains("نورة عبدالله القحطاني");
        test($(TextField.class).withId("contact-topic").single()).setValue("سؤال عبر تويتر عن التطوع");
        test($(TextArea.class).withId("contact-outcome").single()).setValue("تسأل هل تستطيع التطوع");
        test($(Checkbox.class).withId("contact-open-inquiry").single()).click();
        test($(Button.class).withId("save-contact").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContactLogView.class);

        var mine = as(BENEFICIARY, () -> inquiries.mine(0, 20));
        assertThat(mine).anySatisfy(i -> assertThat(i.subject()).isEqualTo("سؤال عبر تويتر عن التطوع"));
    }

    @Test
    @WithUserDetails(ADMIN)
    void theAdministratorAddsEditsAndDeletesACannedAnswer() {
        navigate(CannedAnswersView.class);
        test($(Button.class).withId("add-canned-answer").single()).click();
        test($(Button.class).withId("save-canned").single()).click();
        assertThat($(TextField.class).withId("canned-title-ar").single().isInvalid()).isTrue();
        test($(TextField.class).withId("canned-title-ar").single()).setValue("رسوم الخدمة");
        test($(TextField.class).withId("canned-title-en").single()).setValue("Service fees");
        test($(TextArea.class).withId("canned-body-ar").single()).setValue("خدمات الجمعية مجانية.");
        test($(TextArea.class).withId("canned-body-en").single()).setValue("The association's services are free.");
        test($(Button.class).withId("save-canned").single()).click();
        long id = jdbc.queryForObject("select id from canned_answer where title_en = 'Service fees'", Long.class);

        @SuppressWarnings("unchecked")
        Grid<org.eshraqa.portal.inquiries.CannedAnswerView> grid = $(Grid.class).withId("canned-grid").single();
        var answers = grid.getGenericDataView().getItems().map(c -> c.id()).toList();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid)
                .getCellComponent(answers.indexOf(id), 3);
        test((Button) actions.getComponentAt(0)).click();
        test($(TextField.class).withId("canned-title-en").single()).setValue("Fees");
        test($(Button.class).withId("save-canned").single()).click();
        assertThat(jdbc.queryForObject("select title_en from canned_answer where id = ?", String.class, id))
                .isEqualTo("Fees");

        actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid)
                .getCellComponent(answers.indexOf(id), 3);
        test((Button) actions.getComponentAt(1)).click();
        test($(Button.class).withId("canned-delete-confirm-ok").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from canned_answer where id = ?", Integer.class, id)).isZero();
    }
}
