package org.eshraqa.portal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.eshraqa.portal.requests.QueueRow;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The staff side, per role: recording on behalf, the queue, and the mirror view's actions. */
class StaffRequestViewsTest extends PortalBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails(PortalBrowserlessTest.OFFICER)
    void anOfficerRecordsAPhoneRequestFindsItInTheQueueAndWorksIt() {
        navigate(StaffQueueView.class);
        test($(Anchor.class).withId("record-on-behalf").single()).click();
        test($(ComboBox.class).withId("record-service").single()).selectItem("استشارة نفسية");
        test($(Button.class).withId("record-start").single()).click();
        assertThat($(ComboBox.class).withId("record-channel").single().isInvalid()).isTrue();
        test($(ComboBox.class).withId("record-channel").single()).selectItem("الاتصالات الهاتفية");
        test($(Button.class).withId("record-start").single()).click();

        assertThat(getCurrentView()).isInstanceOf(OnBehalfFormView.class);
        RequestFormFiller.fill(this, "هيفاء ناصر السبيعي", "1000000016", "0561234567",
                "اتصلت تطلب استشارة نفسية لقلق مستمر");
        test($(Upload.class).withId("documents-national-id-copy-upload").single())
                .upload("id.jpg", "image/jpeg", Samples.jpeg());
        test($(Checkbox.class).withId("declaration-correct").single()).click();
        test($(Checkbox.class).withId("declaration-responsible").single()).click();
        test($(TextField.class).withId("signature").single()).setValue("هيفاء ناصر السبيعي");
        test($(Button.class).withId("request-submit").single()).click();
        String reference = $(Section.class).withId("receipt").single().getElement().getTextRecursively();
        String href = $(Anchor.class).withId("receipt-follow").single().getHref();
        assertThat(reference).contains("ESH-");

        navigate(href, CaseView.class);
        assertThat($(Paragraph.class).withId("case-unclaimed").all()).hasSize(1);
        test($(Button.class).withId("take").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("قيد التحقق من البيانات");
        assertThat($(Button.class).withId("to-committee").all()).as("checklist first").isEmpty();
        assertThat($(Button.class).withId("ask").all()).as("nobody to ask without an account").isEmpty();
        test($(Checkbox.class).withId("check-identity").single()).click();
        test($(Checkbox.class).withId("check-documents").single()).click();
        test($(Checkbox.class).withId("check-data").single()).click();
        test($(Button.class).withId("save-checklist").single()).click();
        test($(TextArea.class).withId("internal-note-input").single()).setValue("<i>ملاحظة</i> داخلية");
        test($(Button.class).withId("add-note").single()).click();
        assertThat($(Paragraph.class).withText("<i>ملاحظة</i> داخلية").all()).hasSize(1);
        test($(Button.class).withId("to-committee").single()).click();
        // Not taken back once done: asked first, naming the step; cancelled, nothing changes.
        ConfirmDialog asked = $(ConfirmDialog.class).withId("to-committee-dialog").single();
        assertThat(asked.getElement().getProperty("header")).isEqualTo("الرفع إلى لجنة البحث");
        test(asked).cancel();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("قيد التحقق من البيانات");
        test($(Button.class).withId("to-committee").single()).click();
        test($(Button.class).withId("to-committee-confirm").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("لدى لجنة البحث");
        assertThat(test($(Notification.class).all().getLast()).getText())
                .as("the result names the step and where the request now is")
                .isEqualTo("تم: الرفع إلى لجنة البحث. الطلب الآن: لدى لجنة البحث.");
        assertThat($(Paragraph.class).withId("case-no-actions").all()).hasSize(1);

        navigate(StaffQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<QueueRow> grid = $(Grid.class).withId("queue-grid").single();
        // Cells are templates: a page of rows creates no server-side component per cell.
        assertThat(grid.getColumns()).noneMatch(c -> c.getRenderer() instanceof ComponentRenderer);
        test($(Select.class).withId("filter-channel").single()).selectItem("الاتصالات الهاتفية");
        assertThat(test(grid).size()).isPositive();
        assertThat(grid.getGenericDataView().getItems().map(QueueRow::applicantName))
                .contains("هيفاء ناصر السبيعي");
        test($(Select.class).withId("filter-channel").single()).selectItem("الخطابات");
        assertThat(grid.getGenericDataView().getItems().map(QueueRow::applicantName))
                .doesNotContain("هيفاء ناصر السبيعي");
    }

    @Test
    @WithUserDetails("committee@demo.eshraqa.org.sa")
    void theCommitteeDecidesAndARejectionNeedsAReason() {
        long id = requestInCommittee();
        navigate("staff/requests/" + id, CaseView.class);
        assertThat($(Button.class).withId("take").all()).isEmpty();
        assertThat($(Anchor.class).withId("record-on-behalf").all()).isEmpty();
        test($(Button.class).withId("decide").single()).click();
        test($(RadioButtonGroup.class).withId("decide-outcome").single()).selectItem("رفض");
        test($(Button.class).withId("decide-record").single()).click();
        assertThat($(TextArea.class).withId("decide-reason").single().isInvalid()).isTrue();
        test($(TextArea.class).withId("decide-reason").single()).setValue("الخدمة خارج نطاق الجمعية حاليًا");
        test($(Button.class).withId("decide-record").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("مرفوض");
        navigate("staff/requests/record", NotFoundView.class);
    }

    @Test
    @WithUserDetails(PortalBrowserlessTest.OFFICER)
    void anOfficerAsksForInformationChoosingWhatTheBeneficiaryMayChange() {
        long id = requestInCommittee();
        jdbc.update("update support_request set state = 'IN_VERIFICATION' where id = ?", id);
        navigate("staff/requests/" + id, CaseView.class);
        test($(Button.class).withId("ask").single()).click();
        test($(TextArea.class).withId("ask-what").single()).setValue("أرفق صورة واضحة من الهوية");
        test($(Button.class).withId("ask-send").single()).click();
        assertThat($(CheckboxGroup.class).withId("ask-sections").single().isInvalid()).isTrue();
        test($(CheckboxGroup.class).withId("ask-sections").single()).selectItem("المستندات");
        test($(Button.class).withId("ask-send").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("بانتظار معلومات من المستفيد");
        // The audit trail and the message box speak to staff, in the staff's words.
        assertThat($(com.vaadin.flow.component.html.OrderedList.class).withId("audit").single().getElement()
                .getTextRecursively()).contains("بانتظار معلومات من المستفيد").doesNotContain("منك");
        assertThat($(Paragraph.class).withId("thread-empty").single().getText()).contains("يصل إلى المستفيد");
        navigate("staff/requests/987654321", NotFoundView.class);
    }

    @Test
    @WithUserDetails("researcher@demo.eshraqa.org.sa")
    void theResearcherWritesTheStudyAndForwardsIt() {
        long id = requestInCommittee();
        jdbc.update("update support_request set state = 'IN_RESEARCH' where id = ?", id);
        navigate("staff/requests/" + id, CaseView.class);
        assertThat($(Button.class).withId("take").all()).isEmpty();
        assertThat($(Button.class).withId("decide").all()).isEmpty();
        // Forwarding without a study is refused by the service, with the reason shown.
        test($(Button.class).withId("to-committee").single()).click();
        test($(Button.class).withId("to-committee-confirm").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("لدى الباحث الاجتماعي");
        test($(TextArea.class).withId("social-study").single()).setValue("الأسرة <script>x</script> تحتاج دعمًا");
        test($(Button.class).withId("save-study").single()).click();
        test($(Button.class).withId("to-committee").single()).click();
        test($(Button.class).withId("to-committee-confirm").single()).click();
        assertThat($(Span.class).withId("request-state").single().getText()).isEqualTo("لدى لجنة البحث");
        assertThat($(Paragraph.class).withText("الأسرة <script>x</script> تحتاج دعمًا").all()).hasSize(1);
    }

    /** A request by the demo beneficiary, already with the committee, straight in the database. */
    private long requestInCommittee() {
        long owner = accountId(BENEFICIARY);
        jdbc.update("""
                insert into support_request (beneficiary_account_id, service_code, channel, state, applicant_name,
                    reference, submitted_at, expected_decision_date, created_at, version)
                values (?, 'AWARENESS', 'WEBSITE', 'IN_COMMITTEE', 'نورة عبدالله القحطاني', concat('T-', floor(rand() * 1e9)),
                    now(6), current_date + interval 14 day, now(6), 0)""", owner);
        return jdbc.queryForObject("select max(id) from support_request where beneficiary_account_id = ?", Long.class,
                owner);
    }
}
