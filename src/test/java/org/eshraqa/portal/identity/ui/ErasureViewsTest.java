package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person with a case under study asks for erasure on their page and sees why it waits; the
 * administrator refuses it with a reason the person then reads, and approves the next one.
 */
class ErasureViewsTest extends PortalBrowserlessTest {

    @Autowired SupportRequests requests;
    @Autowired JdbcTemplate jdbc;

    /** The id of the waiting erasure of this person, as the administrator's page lists it. */
    private long erasureOf(String email) {
        return jdbc.queryForObject("select max(e.id) from data_erasure e join account a on a.id = e.account_id "
                + "where a.email = ? and e.state = 'PENDING'", Long.class, email);
    }

    private Section card(long id) {
        return $(Section.class).withId("erasure-" + id).single();
    }

    @Test
    void aWaitingErasureIsExplainedToThePersonAndDecidedByTheAdministrator() {
        String email = newAccount("شهد ماجد الحربي", Role.BENEFICIARY);
        signInAs(email);
        Samples.submittedRequest(requests, "AWARENESS", "شهد ماجد الحربي");
        navigate(MyDataView.class);
        test($(Button.class).withId("erase-account").single()).click();
        test($(Button.class).withId("erase-confirm-ok").single()).click();
        assertThat($(Paragraph.class).withId("erasure-pending").single().getText()).contains("بانتظار قرار الجمعية");
        assertThat($(UnorderedList.class).withId("erasure-reasons").single().getElement().getTextRecursively())
                .contains("طلب دعم قيد الدراسة");
        assertThat($(Button.class).withId("erase-account").all()).as("one request at a time").isEmpty();

        signInAs(ADMIN);
        navigate(ErasureRequestsView.class);
        long id = erasureOf(email);
        assertThat(card(id).getElement().getTextRecursively()).contains("شهد ماجد الحربي").contains(email)
                .contains("طلب دعم قيد الدراسة");
        test($(Button.class).withId("refuse-" + id).single()).click();
        test($(Button.class).withId("refuse-save").single()).click();
        assertThat($(TextArea.class).withId("refusal-reason").single().isInvalid()).as("a reason is needed").isTrue();
        test($(TextArea.class).withId("refusal-reason").single()).setValue("طلبك قيد دراسة اللجنة.");
        test($(Button.class).withId("refuse-save").single()).click();
        assertThat($(Section.class).withId("erasure-" + id).all()).as("decided, no longer listed").isEmpty();

        signInAs(email);
        navigate(MyDataView.class);
        assertThat($(Paragraph.class).withId("erasure-refused").single().getText()).contains("طلبك قيد دراسة اللجنة.");
        test($(Button.class).withId("erase-account").single()).click();
        test($(Button.class).withId("erase-confirm-ok").single()).click();

        signInAs(ADMIN);
        navigate(ErasureRequestsView.class);
        long second = erasureOf(email);
        test($(Button.class).withId("approve-" + second).single()).click();
        test($(Button.class).withId("approve-erasure-confirm-ok").single()).click();
        assertThat(jdbc.queryForObject("select a.status from account a join data_erasure e on e.account_id = a.id "
                + "where e.id = ?", String.class, second)).isEqualTo("ERASED");
        assertThat($(Section.class).withId("erasure-" + second).all()).isEmpty();
    }
}
