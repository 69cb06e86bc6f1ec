package org.eshraqa.portal.volunteering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerNoteRepository extends JpaRepository<VolunteerNote, Long> {

    List<VolunteerNote> findByApplicationIdOrderById(long applicationId);
}
