package org.eshraqa.portal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The requests API on the embedded MariaDB, signed in as each role in turn: the whole path from
 * draft to registration, and every attempt to reach what a role may not.
 */
class SupportRequestsModuleTest extends PortalTestBase {

    @Autowired SupportRequests requests;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private void signInAs(String email) {
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from support_request where id = ?", Long.class, id);
    }

    private long submittedByDemoBeneficiary() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("THERAPY_SESSIONS");
        requests.describeNeed(id, "أحتاج دعمًا لجلسات العلاج النفسي");
        requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        return id;
    }

    @Test
    void theCatalogueListsTheFiveSeededServicesWithTheirDocuments() {
        assertThat(requests.catalogue()).extracting(ServiceOffer::code).containsExactly("PSY_CONSULTATION",
                "THERAPY_SESSIONS", "MEDICATION", "FAMILY_COUNSELLING", "AWARENESS");
        assertThat(requests.catalogue().get(2).requiredDocuments()).contains(DocumentType.PRESCRIPTION);
        assertThat(requests.catalogue().get(0).name(java.util.Locale.ENGLISH)).isEqualTo("Psychological consultation");
    }

    @Test
    void aRequestGoesFromDraftToRegistrationThroughEveryRole() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("THERAPY_SESSIONS");
        assertThat(requests.startDraft("THERAPY_SESSIONS")).as("one open draft per service").isEqualTo(id);
        requests.describeNeed(id, "أحتاج دعمًا لجلسات العلاج النفسي");
        Receipt receipt = requests.submit(id, new Declaration(true, true, "نورة عبدالله القحطاني", "2026-11"));
        assertThat(receipt.reference()).matches("ESH-\\d{4}-\\d{6}");
        assertThat(receipt.expectedDecisionDate())
                .isEqualTo(receipt.submittedAt().atZone(PortalDates.ZONE).toLocalDate().plusDays(14));

        signInAs(OFFICER);
        requests.takeIntoVerification(id, version(id));
        requests.requestInformation(id, version(id), "أرفق تقريرًا طبيًا حديثًا");

        signInAs(BENEFICIARY);
        var view = requests.findMine(id).orElseThrow();
        assertThat(view.state()).isEqualTo(RequestState.NEEDS_INFO);
        assertThat(view.informationRequested()).isEqualTo("أرفق تقريرًا طبيًا حديثًا");
        requests.resubmit(id, view.version());

        signInAs(OFFICER);
        requests.sendToCommittee(id, version(id));
        signInAs("committee@demo.eshraqa.org.sa");
        requests.decide(id, version(id), true, null);
        signInAs(OFFICER);
        requests.completeRegistration(id, version(id));

        signInAs(BENEFICIARY);
        var done = requests.findMine(id).orElseThrow();
        assertThat(done.state()).isEqualTo(RequestState.REGISTERED);
        assertThat(done.timeline()).extracting(TimelineEntry::to).containsExactly(RequestState.SUBMITTED,
                RequestState.IN_VERIFICATION, RequestState.NEEDS_INFO, RequestState.IN_VERIFICATION,
                RequestState.IN_COMMITTEE, RequestState.ACCEPTED, RequestState.REGISTERED);
        assertThat(requests.mine()).extracting(RequestSummary::id).contains(id);
    }

    @Test
    void anotherBeneficiaryCannotSeeOrTouchTheRequest() {
        long id = submittedByDemoBeneficiary();
        String other = uniqueEmail("other");
        accounts.register(new Registration("مستفيد آخر", other, "0551112233", "a-good-password-1", true, "ar"));
        jdbc.update("update account set status = 'ACTIVE' where email = ?", other);

        signInAs(other);
        assertThat(requests.findMine(id)).isEmpty();
        assertThat(requests.mine()).extracting(RequestSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> requests.describeNeed(id, "x")).isInstanceOf(RequestNotFound.class);
        // A forged id is no different from someone else's.
        assertThatThrownBy(() -> requests.withdraw(987_654_321L, 0)).isInstanceOf(RequestNotFound.class);
    }

    @Test
    void rolesCannotStepOutsideTheirWork() {
        long id = submittedByDemoBeneficiary();
        assertThatThrownBy(() -> requests.takeIntoVerification(id, version(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.decide(id, version(id), true, null)).isInstanceOf(AccessDeniedException.class);

        signInAs(OFFICER);
        assertThatThrownBy(() -> requests.decide(id, version(id), true, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(AccessDeniedException.class);
        // In the wrong state the service refuses, whatever the UI shows.
        assertThatThrownBy(() -> requests.completeRegistration(id, version(id))).isInstanceOf(TransitionRefused.class);

        signInAs("committee@demo.eshraqa.org.sa");
        assertThatThrownBy(() -> requests.takeIntoVerification(id, version(id))).isInstanceOf(AccessDeniedException.class);
        signInAs("volunteer@demo.eshraqa.org.sa");
        assertThatThrownBy(() -> requests.startDraft("AWARENESS")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anActionOnAStaleViewIsRefusedInsteadOfOverwriting() {
        long id = submittedByDemoBeneficiary();
        long seenByBothOfficers = version(id);
        signInAs(OFFICER);
        requests.takeIntoVerification(id, seenByBothOfficers);
        assertThatThrownBy(() -> requests.referToResearch(id, seenByBothOfficers, "note"))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(jdbc.queryForObject("select state from support_request where id = ?", String.class, id))
                .isEqualTo("IN_VERIFICATION");
    }

    @Test
    void theBeneficiaryWithdrawsAnOpenRequest() {
        long id = submittedByDemoBeneficiary();
        requests.withdraw(id, version(id));
        assertThat(requests.findMine(id).orElseThrow().state()).isEqualTo(RequestState.WITHDRAWN);
        assertThatThrownBy(() -> requests.withdraw(id, version(id))).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aBadDeclarationKeepsTheDraft() {
        signInAs(BENEFICIARY);
        long id = requests.startDraft("PSY_CONSULTATION");
        requests.describeNeed(id, "أحتاج استشارة");
        assertThatThrownBy(() -> requests.submit(id, new Declaration(true, true, "اسم آخر", "2026-11")))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.declaration.signature"));
        assertThat(requests.findMine(id).orElseThrow().state()).isEqualTo(RequestState.DRAFT);
        assertThat(requests.findMine(id).orElseThrow().expectedDecisionDate()).isNull();
    }
}
