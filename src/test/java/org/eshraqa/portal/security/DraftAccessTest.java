package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H1;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.FormSection;
import org.eshraqa.portal.requests.QueueFilter;
import org.eshraqa.portal.requests.RequestNotFound;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.ui.OnBehalfFormView;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.portal.volunteering.ApplicationQueueFilter;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteeringNotFound;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An unsubmitted draft is its author's: case staff who know or guess its id get exactly what they
 * get for an id that does not exist, through every way in (the mirror page, the API's reading,
 * document, message, note and case-step methods, the queue), and its opening is never logged
 * because it never happens. The one exception is the officer who records a draft on someone's
 * behalf, for that draft only.
 */
class DraftAccessTest extends PortalBrowserlessTest {

    @Autowired SupportRequests requests;
    @Autowired VolunteerApplications applications;
    @Autowired JdbcTemplate jdbc;

    private static final long NO_SUCH_ID = Long.MAX_VALUE - 7;

    private record Draft(long id, long documentId, long version) {
    }

    private Draft draftWithDocument(long id) {
        requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "هوية.pdf", Samples.pdf());
        long document = jdbc.queryForObject("select max(id) from support_request_document where request_id = ?",
                Long.class, id);
        long version = jdbc.queryForObject("select version from support_request where id = ?", Long.class, id);
        return new Draft(id, document, version);
    }

    private void notFound(String address) {
        navigate(address, NotFoundView.class);
        assertThat($(H1.class).first().getText()).as(address).isEqualTo("الصفحة غير موجودة");
    }

    /** Every way staff could reach a request, with the draft's ids and with ids that do not exist. */
    private void staffCannotReach(Draft draft, String who) {
        for (long[] ids : List.of(new long[] {draft.id(), draft.documentId()}, new long[] {NO_SUCH_ID, NO_SUCH_ID})) {
            long id = ids[0];
            long document = ids[1];
            String what = who + (id == NO_SUCH_ID ? " (no such id)" : " (the draft)");
            assertThat(requests.findForStaff(id)).as(what).isEmpty();
            List<ThrowingCallable> calls = List.of(
                    () -> requests.document(id, document),
                    () -> requests.postMessage(id, "هل وصلك هذا؟"),
                    () -> requests.addInternalNote(id, "ملاحظة"),
                    () -> requests.takeIntoVerification(id, draft.version()),
                    () -> requests.recordVerification(id, draft.version(), true, true, true),
                    () -> requests.requestInformation(id, draft.version(), "صورة الهوية",
                            EnumSet.of(FormSection.DOCUMENTS)),
                    () -> requests.referToResearch(id, draft.version(), "للدراسة"),
                    () -> requests.sendToCommittee(id, draft.version()),
                    () -> requests.writeSocialStudy(id, draft.version(), "دراسة"),
                    () -> requests.decide(id, draft.version(), true, "مقبول"),
                    () -> requests.completeRegistration(id, draft.version()),
                    () -> requests.addDocument(id, DocumentType.NATIONAL_ID_COPY, "x.pdf", Samples.pdf()),
                    () -> requests.removeDocument(id, document),
                    () -> requests.saveDraft(id, Samples.applicant(), "تعديل"));
            for (int i = 0; i < calls.size(); i++) {
                ThrowingCallable call = calls.get(i);
                assertThatThrownBy(call).as("%s, call %d", what, i).satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOf(RequestNotFound.class),
                        // a role the method is not for at all is refused before any id is looked at
                        e -> assertThat(e).isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
            }
            notFound("staff/requests/" + id);
            notFound("staff/requests/" + id + "/edit");
        }
        for (Set<RequestState> states : List.of(Set.<RequestState>of(), Set.of(RequestState.DRAFT),
                EnumSet.allOf(RequestState.class))) {
            assertThat(requests.queue(new QueueFilter(states, null, null, null, QueueFilter.Assignee.ANYONE), 0, 200))
                    .as("%s, queue of %s", who, states).noneMatch(row -> row.id() == draft.id());
        }
    }

    /** Openings of this record of this kind (request and document ids are separate sequences). */
    private long logged(String kind, long recordId) {
        return jdbc.queryForObject("select count(*) from access_log where record_kind = ? and record_id = ?",
                Long.class, kind, recordId);
    }

    @Test
    void noMemberOfCaseStaffReachesABeneficiarysDraftOrItsDocument() {
        String beneficiary = newAccount("منى سعد الدوسري", Role.BENEFICIARY);
        signInAs(beneficiary);
        long id = requests.startDraft("PSY_CONSULTATION");
        Draft draft = draftWithDocument(id);

        for (Role role : List.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER)) {
            signInAs(newAccount("موظف " + role.name(), role));
            staffCannotReach(draft, role.name());
        }
        assertThat(logged("SUPPORT_REQUEST", draft.id()) + logged("REQUEST_DOCUMENT", draft.documentId()))
                .as("nothing was opened").isZero();
        assertThat(jdbc.queryForObject("select count(*) from support_request_note where request_id = ?", Long.class,
                draft.id())).isZero();

        signInAs(beneficiary);
        assertThat(requests.findMine(id)).as("the author still has it").isPresent();
        assertThat(requests.document(id, draft.documentId()).content()).isEqualTo(Samples.pdf());
    }

    @Test
    void anOnBehalfDraftIsReachedByTheOfficerRecordingItOnly() {
        String recorder = newAccount("سلمى ناصر العنزي", Role.RELATIONS_OFFICER);
        signInAs(recorder);
        long id = requests.recordOnBehalf("PSY_CONSULTATION", Channel.PHONE);
        Draft draft = draftWithDocument(id);
        assertThat(requests.findForStaff(id)).as("the recording officer").isPresent();
        assertThat(requests.document(id, draft.documentId()).content()).isEqualTo(Samples.pdf());
        navigate("staff/requests/" + id + "/edit", OnBehalfFormView.class);

        for (Role role : List.of(Role.RELATIONS_OFFICER, Role.SOCIAL_RESEARCHER, Role.COMMITTEE_MEMBER)) {
            signInAs(newAccount("موظف آخر " + role.name(), role));
            staffCannotReach(draft, "another " + role.name());
        }
    }

    @Test
    void theCoordinatorDoesNotReachAVolunteerApplicationDraftOrItsDocument() {
        String applicant = newAccount("ريما خالد الشمري", Role.BENEFICIARY);
        signInAs(applicant);
        long id = applications.startDraft();
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        long document = jdbc.queryForObject("select max(id) from volunteer_document where application_id = ?",
                Long.class, id);

        signInAs(newAccount("منسق " + System.nanoTime(), Role.VOLUNTEER_COORDINATOR));
        for (long[] ids : List.of(new long[] {id, document}, new long[] {NO_SUCH_ID, NO_SUCH_ID})) {
            long application = ids[0];
            String what = application == NO_SUCH_ID ? "no such id" : "the draft";
            assertThat(applications.findForStaff(application)).as(what).isEmpty();
            List<ThrowingCallable> calls = List.of(
                    () -> applications.document(application, ids[1]),
                    () -> applications.addNote(application, "ملاحظة"),
                    () -> applications.postMessage(application, "مرحبا"),
                    () -> applications.startReview(application, 0));
            for (int i = 0; i < calls.size(); i++) {
                assertThatThrownBy(calls.get(i)).as("%s, call %d", what, i).isInstanceOf(VolunteeringNotFound.class);
            }
            notFound("staff/volunteers/" + application);
        }
        for (Set<ApplicationState> states : List.of(Set.<ApplicationState>of(), Set.of(ApplicationState.DRAFT))) {
            assertThat(applications.queue(new ApplicationQueueFilter(states, null, null, null), 0, 200))
                    .noneMatch(row -> row.id() == id);
        }
        assertThat(jdbc.queryForObject("select count(*) from volunteer_note where application_id = ?", Long.class, id))
                .isZero();
    }
}
