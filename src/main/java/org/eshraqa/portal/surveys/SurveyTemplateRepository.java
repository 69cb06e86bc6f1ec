package org.eshraqa.portal.surveys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

    Optional<SurveyTemplate> findByTriggerTypeAndCurrentVersionTrue(TriggerType trigger);

    List<SurveyTemplate> findByCurrentVersionTrueOrderByTriggerType();

    List<SurveyTemplate> findByTriggerTypeOrderByVersionNumberDesc(TriggerType trigger);
}
