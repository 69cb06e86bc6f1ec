package org.eshraqa.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByInvitationId(long invitationId);

    boolean existsByTemplateId(long templateId);

    @org.springframework.data.jpa.repository.Query(
            "select r from SurveyResponse r, SurveyInvitation i where i.id = r.invitationId and i.accountId = :accountId order by r.id")
    java.util.List<SurveyResponse> answeredBy(long accountId);
}
