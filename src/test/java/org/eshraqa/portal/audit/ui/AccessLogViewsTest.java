package org.eshraqa.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.eshraqa.portal.requests.ui.MyRequestsView;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The access log as the administrator reads it, and "who opened my file" as the person does. */
class AccessLogViewsTest extends PortalBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void oneOpening() {
        if (jdbc.queryForObject("select count(*) from access_log where record_label = 'ESH-2026-777001'",
                Integer.class) == 0) {
            jdbc.update("""
                    insert into access_log (opened_at, staff_account_id, staff_name, staff_role, subject_account_id,
                        record_kind, record_id, record_label) values (?, ?, 'ريم خالد الشهري', 'RELATIONS_OFFICER', ?,
                        'SUPPORT_REQUEST', 777001, 'ESH-2026-777001')""",
                    java.sql.Timestamp.from(Instant.now()), accountId(OFFICER), accountId(BENEFICIARY));
        }
    }

    @Test
    @WithUserDetails(ADMIN)
    void theAdministratorFiltersTheLog() {
        navigate(AccessLogView.class);
        Grid<?> grid = $(Grid.class).withId("access-grid").single();
        test($(TextField.class).withId("access-record").single()).setValue("777001");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("ريم خالد الشهري");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("موظف علاقات المستفيدين");
        test($(ComboBox.class).withId("access-kind").single()).selectItem("مستند طلب");
        assertThat(test(grid).size()).isZero();
        test($(TextField.class).withId("access-record").single()).setValue("<script>%");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails(BENEFICIARY)
    void aBeneficiarySeesTheRoleNotTheNameAndCannotOpenTheLog() {
        navigate(MyRequestsView.class);
        test($(Anchor.class).withId("who-opened-my-file").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MyFileAccessView.class);
        Grid<?> grid = $(Grid.class).withId("my-file-access-grid").single();
        boolean found = false;
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 2).contains("ESH-2026-777001")) {
                found = true;
                assertThat(test(grid).getCellText(row, 1)).isEqualTo("موظف علاقات المستفيدين");
            }
        }
        assertThat(found).isTrue();

        navigate("admin/access-log", NotFoundView.class);
        assertThat($(Grid.class).withId("access-grid").all()).isEmpty();
    }

    @Test
    @WithUserDetails("volunteer@demo.eshraqa.org.sa")
    void someoneWhoseFileNobodyOpenedSeesSo() {
        navigate(MyFileAccessView.class);
        assertThat($(Paragraph.class).withId("my-file-access-empty").single().getText())
                .isEqualTo("لم يطّلع أحد من موظفي الجمعية على ملفك بعد.");
    }
}
