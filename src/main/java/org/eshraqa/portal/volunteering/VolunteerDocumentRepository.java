package org.eshraqa.portal.volunteering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerDocumentRepository extends JpaRepository<VolunteerDocument, Long> {

    List<VolunteerDocument> findByApplicationIdOrderById(long applicationId);
}
