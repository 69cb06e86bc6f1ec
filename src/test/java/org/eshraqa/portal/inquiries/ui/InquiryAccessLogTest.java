package org.eshraqa.portal.inquiries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.eshraqa.portal.audit.ui.MyFileAccessView;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A question and its thread are the asker's file as much as a request is: staff opening it are
 * written to the access log (once per visit, however often the page refreshes), and the asker sees
 * it under "Who opened my file"; the asker's own reading is not an access by the association.
 */
class InquiryAccessLogTest extends PortalBrowserlessTest {

    @Autowired Inquiries inquiries;
    @Autowired JdbcTemplate jdbc;

    private long logged(long inquiryId) {
        return jdbc.queryForObject("select count(*) from access_log where record_kind = 'INQUIRY' and record_id = ?",
                Long.class, inquiryId);
    }

    @Test
    void staffOpeningAQuestionIsLoggedOnceAndShownToTheAsker() {
        String asker = newAccount("جود فيصل المطيري", Role.BENEFICIARY);
        signInAs(asker);
        long id = inquiries.ask(new NewQuestion("سؤال عن الجلسات", "أشعر بقلق شديد، هل يمكنني طلب جلسة؟", null));
        navigate("inquiries/" + id, InquiryView.class);
        navigate("inquiries/" + id, InquiryView.class);
        assertThat(logged(id)).as("the asker's own reading").isZero();

        String officer = newAccount("لمى عادل الزهراني", Role.RELATIONS_OFFICER);
        signInAs(officer);
        navigate("staff/inquiries/" + id, InquiryCaseView.class);
        navigate("staff/inquiries/" + id, InquiryCaseView.class);
        assertThat(logged(id)).as("one visit, however many refreshes").isOne();
        assertThat(jdbc.queryForObject("select subject_account_id from access_log where record_kind = 'INQUIRY'"
                + " and record_id = ?", Long.class, id)).isEqualTo(accountId(asker));

        signInAs(newAccount("نوف حمد السبيعي", Role.SOCIAL_RESEARCHER));
        navigate("staff/inquiries/" + id, InquiryCaseView.class);
        assertThat(logged(id)).as("another member of staff is another opening").isEqualTo(2);

        signInAs(asker);
        navigate(MyFileAccessView.class);
        Grid<?> grid = $(Grid.class).withId("my-file-access-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 2)).isEqualTo("سؤال: #" + id);
        }
        assertThat(test(grid).getCellText(0, 1) + test(grid).getCellText(1, 1))
                .contains("موظف علاقات المستفيدين");
    }
}
