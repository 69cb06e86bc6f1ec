package org.eshraqa.portal.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyFollowUpRepository extends JpaRepository<SurveyFollowUp, Long> {
}
