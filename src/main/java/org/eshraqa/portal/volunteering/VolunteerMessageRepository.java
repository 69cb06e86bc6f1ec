package org.eshraqa.portal.volunteering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerMessageRepository extends JpaRepository<VolunteerMessage, Long> {

    List<VolunteerMessage> findByApplicationIdOrderById(long applicationId);
}
