package org.eshraqa.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByInvitationId(long invitationId);

    boolean existsByTemplateId(long templateId);
}
