package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.inquiries.ui.InquiryView;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.ui.RequestDetailView;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.OpportunityDraft;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages whose address carries an id, opened by a second person with the first person's id
 * (or by a role the page is not for): each shows the portal's "page not found", exactly as for an
 * id that does not exist, while the owner still gets the page. The API side is
 * {@link CrossUserAccessTest}.
 */
class CrossUserRoutesTest extends PortalBrowserlessTest {

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired Opportunities opportunities;
    @Autowired JdbcTemplate jdbc;

    private void notFound(String address) {
        navigate(address, NotFoundView.class);
        assertThat($(H1.class).first().getText()).as(address).isEqualTo("الصفحة غير موجودة");
    }

    @Test
    void anotherBeneficiaryGetsNotFoundForARequestAndAQuestionOfSomeoneElse() {
        String first = newAccount("وفاء سالم الحربي", Role.BENEFICIARY);
        signInAs(first);
        long request = Samples.submittedRequest(requests, "AWARENESS", "وفاء سالم الحربي");
        long inquiry = inquiries.ask(new NewQuestion("سؤال خاص", "عن موعد الجلسة", null));
        navigate("requests/" + request, RequestDetailView.class);
        navigate("inquiries/" + inquiry, InquiryView.class);
        long firstId = accountId(first);
        jdbc.update("""
                insert into volunteer_certificate (code, account_id, volunteer_name, confirmed_minutes, opportunities,
                    issued_at) values (?, ?, 'وفاء سالم الحربي', 120, 1, utc_timestamp(6))""",
                String.format("R%010d", System.nanoTime() % 10_000_000_000L), firstId);
        long certificate = jdbc.queryForObject("select max(id) from volunteer_certificate where account_id = ?",
                Long.class, firstId);
        navigate("volunteer/certificates/" + certificate,
                org.eshraqa.portal.volunteering.ui.MyCertificateView.class);

        signInAs(newAccount("مها عبدالله القرشي", Role.BENEFICIARY));
        notFound("requests/" + request);
        notFound("inquiries/" + inquiry);
        notFound("requests/987654321");
        notFound("inquiries/987654321");
        notFound("staff/requests/" + request);
        notFound("staff/inquiries/" + inquiry);
        notFound("volunteer/certificates/" + certificate);
        notFound("volunteer/certificates/987654321");
    }

    @Test
    void anotherOfficersOnBehalfDraftAndOtherRolesCasesAreNotFound() {
        signInAs(OFFICER);
        long draft = requests.recordOnBehalf("PSY_CONSULTATION", Channel.PHONE);
        navigate("staff/requests/" + draft + "/edit", org.eshraqa.portal.requests.ui.OnBehalfFormView.class);

        signInAs(newAccount("موظف علاقات ثانٍ", Role.RELATIONS_OFFICER));
        notFound("staff/requests/" + draft + "/edit");

        signInAs("coordinator@demo.eshraqa.org.sa");
        notFound("staff/requests/" + draft);
        notFound("staff/inquiries/1");
        LocalDate day = LocalDate.now(PortalDates.ZONE).plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        LocalDateTime start = day.atTime(9, 0);
        long opportunity = opportunities.publish(new OpportunityDraft("فرصة", "وصف", Interest.EVENTS, start,
                start.plusHours(2), MeetingMode.IN_PERSON, "المقر", 3, Set.of()));

        signInAs("quality@demo.eshraqa.org.sa");
        notFound("staff/opportunities/" + opportunity);
        notFound("staff/volunteers/1");
        notFound("staff/requests/" + draft);
    }
}
